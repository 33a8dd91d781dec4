namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>The schema steps this build knows, in order. Append only.</summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<ISchemaMigration> All { get; } =
    [
        new M001CoreTables(),
        new M002ReviewDecisions(),
        new M003Compression(),
    ];
}
