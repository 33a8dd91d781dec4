namespace TosScan.Storage.Postgres.Migrations;

/// <summary>The PostgreSQL schema steps this build knows, in order. Append only.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<IPostgresMigration> All { get; } =
    [
        new M001CoreTables(),
        new M002ReviewDecisions(),
    ];
}
