namespace TosScan.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the store tests run on, named by <c>TOSSCAN_TEST_POSTGRES</c> (a
/// connection string whose user may create and drop databases). scripts/test.sh starts a
/// throwaway one with scripts/postgres-throwaway.sh and sets <c>TOSSCAN_REQUIRE_POSTGRES=1</c>, so
/// there the tests must run: without the connection string they fail instead of being skipped.
/// </summary>
internal static class PostgresServer
{
    public const string ConnectionVariable = "TOSSCAN_TEST_POSTGRES";

    public const string RequiredVariable = "TOSSCAN_REQUIRE_POSTGRES";

    /// <summary>The role whose members the throwaway cluster makes log in with a password (see the script).</summary>
    public const string PasswordGroup = "tosscan_password_auth";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>The one-line skip reason, or null when the tests must run.</summary>
    public static string? SkipReason =>
        ConnectionString is null && !IsRequired
            ? $"needs a PostgreSQL server: set {ConnectionVariable} to a connection string (scripts/test.sh starts a throwaway one)"
            : null;

    /// <summary>The connection string, or a failure saying why it is missing although required.</summary>
    public static string Required => ConnectionString ?? throw new InvalidOperationException(
        $"{RequiredVariable}=1 but {ConnectionVariable} is not set; run the tests through scripts/test.sh, or point {ConnectionVariable} at a server (scripts/postgres-throwaway.sh start DIR prints one)");
}
