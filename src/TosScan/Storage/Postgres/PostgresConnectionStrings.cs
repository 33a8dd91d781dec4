using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace TosScan.Storage.Postgres;

/// <summary>
/// Reads the <c>--db</c> value as an Npgsql connection string: tells it from a file path, checks
/// every keyword and value so a typo is named rather than reported as a failed connection,
/// bounds the connect timeout so a wrong host fails in seconds instead of hanging, and bounds the
/// pool so several processes share one server's connections.
/// </summary>
internal static class PostgresConnectionStrings
{
    /// <summary>Used unless the string sets <c>Timeout</c>; Npgsql's own default is 15 s.</summary>
    public const int DefaultConnectTimeoutSeconds = 10;

    /// <summary>
    /// Used unless the string sets <c>Maximum Pool Size</c>. Npgsql's own default is 100
    /// connections per process, and PostgreSQL's default <c>max_connections</c> is 100 for the whole
    /// server. Three cluster workers with Npgsql's default held 108 connections at once when their
    /// 200 host grains activated together, and a test server of 200 refused the next writer ("too
    /// many clients"), failing documents. With this bound (a worker has two pools: store and
    /// cluster, so at most 20) the server saw at most 63 connections in the same test, and a burst
    /// waits for a pooled connection (up to <c>Timeout</c>) instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 10;

    /// <summary>
    /// A connection string is <c>Keyword=value;...</c>: the text before the first '=' is a bare
    /// keyword (letters, digits, spaces). A path has a separator or a dot before any '='
    /// (<c>./a=b.db</c>), and most have no '=' at all, so SQLite paths keep working unchanged.
    /// </summary>
    public static bool LooksLikeConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (IsUri(db))
        {
            return true;
        }

        var equals = db.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return false;
        }

        var keyword = db.AsSpan(0, equals).Trim();
        if (keyword.IsEmpty)
        {
            return false;
        }

        foreach (var c in keyword)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == ' ' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The connection string as TosScan uses it. Throws <see cref="PostgresStoreException"/>
    /// naming the keyword that is unknown or has a bad value; a password is never repeated.
    /// </summary>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        if (IsUri(db))
        {
            // Npgsql reads only the keyword form; a URI silently taken as a file name would be worse.
            throw new PostgresStoreException(
                "--db: give PostgreSQL as Keyword=value pairs, not a postgresql:// URI " +
                "(e.g. \"Host=127.0.0.1;Port=5432;Database=tosscan;Username=tosscan\")");
        }

        DbConnectionStringBuilder generic;
        try
        {
            generic = new DbConnectionStringBuilder { ConnectionString = db };
        }
        catch (ArgumentException ex)
        {
            throw new PostgresStoreException(
                "--db: the PostgreSQL connection string is malformed; write Keyword=value pairs separated by ';' " +
                "(e.g. \"Host=127.0.0.1;Port=5432;Database=tosscan;Username=tosscan\")",
                ex);
        }

        var builder = new NpgsqlConnectionStringBuilder();
        var timeoutGiven = false;
        var poolGiven = false;
        foreach (string keyword in generic.Keys)
        {
            var value = generic[keyword];
            try
            {
                builder[keyword] = value;
            }
            catch (ArgumentException ex) when (ex.InnerException is KeyNotFoundException)
            {
                throw new PostgresStoreException(
                    $"--db: '{keyword}' is not a PostgreSQL connection-string keyword; use Host, Port, Database, Username, Password, Timeout or another Npgsql keyword",
                    ex);
            }
            catch (ArgumentException ex)
            {
                var shown = IsSecret(keyword) ? "the value given" : $"'{value}'";
                throw new PostgresStoreException($"--db: {shown} is not a valid value for '{keyword}' in the PostgreSQL connection string", ex);
            }

            timeoutGiven |= string.Equals(keyword, "timeout", StringComparison.OrdinalIgnoreCase);
            poolGiven |= IsMaxPoolSize(keyword);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new PostgresStoreException("--db: the PostgreSQL connection string names no Host; add e.g. Host=127.0.0.1");
        }

        if (!timeoutGiven)
        {
            builder.Timeout = DefaultConnectTimeoutSeconds;
        }

        if (!poolGiven)
        {
            BoundPool(builder);
        }

        return builder;
    }

    /// <summary>The connection string with <see cref="DefaultMaxPoolSize"/> applied unless it sets its own bound.</summary>
    /// <exception cref="ArgumentException">The string is malformed or names an unknown keyword.</exception>
    public static NpgsqlConnectionStringBuilder WithPoolBound(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Any(IsMaxPoolSize))
        {
            BoundPool(builder);
        }

        return builder;
    }

    /// <summary><c>host:port</c> as the messages name the server.</summary>
    public static string Server(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}");

    /// <summary>Where the store is, without the password: <c>postgresql://user@host:port/database</c>.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        var database = builder.Database ?? builder.Username ?? string.Empty;
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : "?search_path=" + builder.SearchPath;
        return $"postgresql://{user}{Server(builder)}/{database}{schema}";
    }

    /// <summary>The default bound, raised to a Minimum Pool Size above it (Npgsql refuses a minimum over the maximum).</summary>
    private static void BoundPool(NpgsqlConnectionStringBuilder builder) =>
        builder.MaxPoolSize = Math.Max(DefaultMaxPoolSize, builder.MinPoolSize);

    /// <summary>Npgsql's spellings of the pool bound (Maximum Pool Size, MaxPoolSize), in any case and spacing.</summary>
    private static bool IsMaxPoolSize(string keyword) =>
        keyword.Replace(" ", string.Empty, StringComparison.Ordinal) is var bare
        && (bare.Equals("maxpoolsize", StringComparison.OrdinalIgnoreCase) || bare.Equals("maximumpoolsize", StringComparison.OrdinalIgnoreCase));

    private static bool IsUri(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    private static bool IsSecret(string keyword) =>
        keyword.Contains("password", StringComparison.OrdinalIgnoreCase)
        || keyword.Equals("pwd", StringComparison.OrdinalIgnoreCase)
        || keyword.Contains("passphrase", StringComparison.OrdinalIgnoreCase);
}
