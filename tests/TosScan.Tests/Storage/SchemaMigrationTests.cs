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
            Assert.Equal([1, 2, 3], await store.GetAppliedMigrationsAsync(default));
        }

        _time.Advance(TimeSpan.FromDays(1));
        await using (var again = await SqliteScanStore.OpenAsync(DbPath, _time, default))
        {
            Assert.Equal([1, 2, 3], await again.GetAppliedMigrationsAsync(default));
        }

        // Reopening must not re-run (or re-stamp) a step.
        Assert.Equal([SqliteTimeText(T0), SqliteTimeText(T0), SqliteTimeText(T0)], await ReadColumnAsync("SELECT applied_at FROM schema_migrations ORDER BY version"));
        Assert.Equal(SchemaMigrations.All.Count, new SchemaMigrator(SchemaMigrations.All, _time).LatestVersion);
    }

    [Fact]
    public async Task An_older_database_is_migrated_forward_and_keeps_its_data()
    {
        await using (var old = await SqliteScanStore.OpenAsync(DbPath, _time, [new M001CoreTables()], default))
        {
            Assert.Equal([1], await old.GetAppliedMigrationsAsync(default));
            await Assert.ThrowsAsync<SqliteException>(() => old.GetDecisionsAsync(null, default));
        }

        // Rows as the first schema held them: bytes and text uncompressed.
        var snapshot = Snapshot("<p>Old terms, über alles 🙂</p>", T0);
        await WriteUncompressedAsync(snapshot, "Old text, über 🙂", "{\"document\":{\"text\":\"Old text\"}}");

        await using var current = await SqliteScanStore.OpenAsync(DbPath, _time, default);
        Assert.Equal([1, 2, 3], await current.GetAppliedMigrationsAsync(default));
        var version = Assert.Single(await current.GetVersionsAsync("alpha", null, default));
        Assert.Equal("Old text, über 🙂", version.Text);
        Assert.Equal("{\"document\":{\"text\":\"Old text\"}}", await current.GetAnalysisAsync(version.Id, default));
        Assert.Equal(snapshot.Bytes.ToArray(), (await current.GetSnapshotAsync(snapshot.Sha256, default))!.Bytes.ToArray());
        await current.AddDecisionAsync(Decision("alpha", "Old text", "content_ownership", "confirmed", T0), default);
        Assert.Single(await current.GetDecisionsAsync("alpha", default));

        // Every old row was compressed by the migration, not left for later.
        Assert.Equal(["zstd", "zstd", "zstd"], await ReadColumnAsync("SELECT codec FROM snapshots UNION ALL SELECT text_codec FROM versions UNION ALL SELECT codec FROM analyses"));
    }

    [Fact]
    public async Task Stored_values_are_compressed_and_read_back_exactly()
    {
        var text = string.Concat(Enumerable.Repeat("We may keep your content after you delete it. ", 400));
        var snapshot = Snapshot("<main>" + text + "</main>", T0);
        await using (var store = await SqliteScanStore.OpenAsync(DbPath, _time, default))
        {
            await store.AddSnapshotAsync(snapshot, default);
            var version = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", snapshot.Sha256, T0, text, default);
            await store.SaveAnalysisAsync(version.Version.Id, "{\"text\":\"" + text + "\"}", default);
            Assert.Equal(text, Assert.Single(await store.GetVersionsAsync("alpha", null, default)).Text);
            Assert.Equal("{\"text\":\"" + text + "\"}", await store.GetAnalysisAsync(version.Version.Id, default));
            Assert.Equal(snapshot.Bytes.ToArray(), (await store.GetSnapshotAsync(snapshot.Sha256, default))!.Bytes.ToArray());
        }

        var storedLengths = await ReadColumnAsync("SELECT length(bytes) FROM snapshots UNION ALL SELECT length(text) FROM versions UNION ALL SELECT length(analysis_json) FROM analyses");
        Assert.All(storedLengths, length => Assert.InRange(int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), 1, text.Length / 10));
    }

    private async Task WriteUncompressedAsync(TosScan.Storage.Snapshot snapshot, string text, string json)
    {
        await using var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = """
            INSERT INTO snapshots (sha256, media_type, bytes, first_seen_at) VALUES ($sha, 'text/html', $bytes, '2026-01-01T00:00:00.0000000Z');
            INSERT INTO versions (id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text)
                VALUES (7, 'alpha', 'terms_of_service', 'u', $sha, 'hash', '2026-01-01T00:00:00.0000000Z', $text);
            INSERT INTO analyses (version_id, analysis_json, saved_at) VALUES (7, $json, '2026-01-01T00:00:00.0000000Z');
            """;
        command.Parameters.AddWithValue("$sha", snapshot.Sha256);
        command.Parameters.Add("$bytes", SqliteType.Blob).Value = snapshot.Bytes.ToArray();
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$json", json);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_database_from_a_newer_tosscan_is_refused_with_a_clear_error()
    {
        await (await SqliteScanStore.OpenAsync(DbPath, _time, default)).DisposeAsync();
        await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (4, 'from the future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => SqliteScanStore.OpenAsync(DbPath, _time, default));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer TosScan", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 4", error.Message, StringComparison.Ordinal);
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
