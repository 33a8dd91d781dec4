using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage.Sqlite;
using TosScan.Storage.Sqlite.Migrations;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(T0);

    private string DbPath => _folder.File("scan.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_migration_is_applied_once_and_recorded_with_its_version()
    {
        await using (var store = await SqliteScanStore.OpenAsync(DbPath, _time, default))
        {
            Assert.Equal([1, 2], await store.GetAppliedMigrationsAsync(default));
        }

        _time.Advance(TimeSpan.FromDays(1));
        await using (var again = await SqliteScanStore.OpenAsync(DbPath, _time, default))
        {
            Assert.Equal([1, 2], await again.GetAppliedMigrationsAsync(default));
        }

        // Reopening must not re-run (or re-stamp) a step.
        Assert.Equal([SqliteTimeText(T0), SqliteTimeText(T0)], await ReadColumnAsync("SELECT applied_at FROM schema_migrations ORDER BY version"));
        Assert.Equal(SchemaMigrations.All.Count, new SchemaMigrator(SchemaMigrations.All, _time).LatestVersion);
    }

    [Fact]
    public async Task An_older_database_is_migrated_forward_and_keeps_its_data()
    {
        await using (var old = await SqliteScanStore.OpenAsync(DbPath, _time, [new M001CoreTables()], default))
        {
            Assert.Equal([1], await old.GetAppliedMigrationsAsync(default));
            await old.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Old text", default);
            await Assert.ThrowsAsync<SqliteException>(() => old.GetDecisionsAsync(null, default));
        }

        await using var current = await SqliteScanStore.OpenAsync(DbPath, _time, default);
        Assert.Equal([1, 2], await current.GetAppliedMigrationsAsync(default));
        Assert.Equal("Old text", Assert.Single(await current.GetVersionsAsync("alpha", null, default)).Text);
        await current.AddDecisionAsync(Decision("alpha", "Old text", "content_ownership", "confirmed", T0), default);
        Assert.Single(await current.GetDecisionsAsync("alpha", default));
    }

    [Fact]
    public async Task A_database_from_a_newer_tosscan_is_refused_with_a_clear_error()
    {
        await (await SqliteScanStore.OpenAsync(DbPath, _time, default)).DisposeAsync();
        await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (3, 'from the future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => SqliteScanStore.OpenAsync(DbPath, _time, default));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer TosScan", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_out_of_order_are_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => new SchemaMigrator([new M002ReviewDecisions(), new M001CoreTables()], _time));
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_and_leaves_the_earlier_steps()
    {
        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => SqliteScanStore.OpenAsync(DbPath, _time, [new M001CoreTables(), new BrokenMigration()], default));
        Assert.Contains("migration 2 ('broken on purpose')", error.Message, StringComparison.Ordinal);
        Assert.Equal(["1"], await ReadColumnAsync("SELECT version FROM schema_migrations"));
        Assert.Empty(await ReadColumnAsync("SELECT name FROM sqlite_master WHERE name = 'half_done'"));
    }

    private static string SqliteTimeText(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private async Task ExecuteAsync(string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> ReadColumnAsync(string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private sealed class BrokenMigration : SqlMigration
    {
        public override int Version => 2;

        public override string Name => "broken on purpose";

        protected override string Sql => "CREATE TABLE half_done (id INTEGER); SELECT * FROM no_such_table;";
    }
}
