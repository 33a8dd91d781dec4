namespace TosScan.Tests.TestSupport;

/// <summary>
/// A fact that needs the PostgreSQL test server (<see cref="PostgresServer"/>): skipped with one
/// line when <c>TOSSCAN_TEST_POSTGRES</c> is absent, never when <c>TOSSCAN_REQUIRE_POSTGRES=1</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}
