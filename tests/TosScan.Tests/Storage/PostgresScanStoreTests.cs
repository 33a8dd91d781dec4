using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Storage.Postgres;
using TosScan.Storage.Postgres.Migrations;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

/// <summary>
/// What only the PostgreSQL store has: its migrations in a shared server database, schemas, and
/// databases that are read-only or belong to someone else. The shared behaviour is in
/// <see cref="ScanStoreContract"/>.
/// </summary>
public sealed class PostgresScanStoreTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(T0);
    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("made in InitializeAsync");

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is null)
        {
            _database = await PostgresTestDatabase.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private Task<PostgresScanStore> OpenAsync(IReadOnlyList<IPostgresMigration>? migrations = null, string? connectionString = null) =>
        PostgresScanStore.OpenAsync(connectionString ?? Database.ConnectionString, _time, migrations ?? PostgresMigrations.All, createWhenMissing: true, default);

    [PostgresFact]
    public async Task Each_migration_is_applied_once_and_recorded_with_its_version()
    {
        await using (var store = await OpenAsync())
        {
            Assert.Equal([1, 2], await store.GetAppliedMigrationsAsync(default));
        }

        _time.Advance(TimeSpan.FromDays(1));
        await using (var again = await OpenAsync())
        {
            Assert.Equal([1, 2], await again.GetAppliedMigrationsAsync(default));
        }

        // Reopening must not re-run (or re-stamp) a step.
        Assert.Equal(["2026-03-01T12:00:00.0000000Z", "2026-03-01T12:00:00.0000000Z"], await Database.ReadColumnAsync("SELECT applied_at FROM schema_migrations ORDER BY version"));
    }

    [PostgresFact]
    public async Task Stores_opened_at_once_on_a_new_database_apply_each_step_once()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => OpenAsync())));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal(["1", "2"], await Database.ReadColumnAsync("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [PostgresFact]
    public async Task An_older_database_is_migrated_forward_and_keeps_its_data()
    {
        await using (var old = await OpenAsync([new M001CoreTables()]))
        {
            Assert.Equal([1], await old.GetAppliedMigrationsAsync(default));
            await old.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Old text", default);
        }

        await using var current = await OpenAsync();
        Assert.Equal([1, 2], await current.GetAppliedMigrationsAsync(default));
        Assert.Equal("Old text", Assert.Single(await current.GetVersionsAsync("alpha", null, default)).Text);
        await current.AddDecisionAsync(Decision("alpha", "Old text", "content_ownership", "confirmed", T0), default);
        Assert.Single(await current.GetDecisionsAsync("alpha", default));
    }

    [PostgresFact]
    public async Task A_database_from_a_newer_tosscan_is_refused_with_a_clear_error()
    {
        await (await OpenAsync()).DisposeAsync();
        await Database.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (3, 'from the future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => OpenAsync());
        Assert.Contains(Database.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer TosScan", error.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_out_of_order_are_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => new PostgresSchemaMigrator([new M002ReviewDecisions(), new M001CoreTables()], _time));
    }

    [PostgresFact]
    public async Task A_failing_migration_rolls_back_and_leaves_the_earlier_steps()
    {
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => OpenAsync([new M001CoreTables(), new BrokenMigration()]));
        Assert.Contains("migration 2 ('broken on purpose')", error.Message, StringComparison.Ordinal);
        Assert.Equal(["1"], await Database.ReadColumnAsync("SELECT version FROM schema_migrations"));
        Assert.Empty(await Database.ReadColumnAsync("SELECT tablename FROM pg_tables WHERE tablename = 'half_done'"));
    }

    [PostgresFact]
    public async Task Another_programs_tables_are_refused_and_left_alone()
    {
        await Database.ExecuteAsync("CREATE TABLE customers (id integer PRIMARY KEY)");
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => OpenAsync());
        Assert.Contains("not a TosScan store", error.Message, StringComparison.Ordinal);
        Assert.Contains("Search Path", error.Message, StringComparison.Ordinal);
        Assert.Equal(["customers"], await Database.ReadColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    [PostgresFact]
    public async Task A_schema_of_its_own_named_by_search_path_keeps_the_tables_apart()
    {
        await Database.ExecuteAsync("CREATE TABLE customers (id integer PRIMARY KEY); CREATE SCHEMA tosscan");
        var inSchema = Database.ConnectionString + ";Search Path=tosscan";
        await using (var store = await OpenAsync(connectionString: inSchema))
        {
            await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Text", default);
            Assert.EndsWith("?search_path=tosscan", store.Description, StringComparison.Ordinal);
        }

        Assert.Equal(["1"], await Database.ReadColumnAsync("SELECT count(*) FROM tosscan.versions"));
        Assert.Equal(["customers"], await Database.ReadColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));

        var missing = await Assert.ThrowsAsync<PostgresStoreException>(() => OpenAsync(connectionString: Database.ConnectionString + ";Search Path=nowhere"));
        Assert.Contains("Search Path", missing.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Opening_an_existing_store_refuses_an_empty_database_and_creates_nothing()
    {
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenExistingAsync(Database.ConnectionString, _time, default));
        Assert.Contains("no TosScan store", error.Message, StringComparison.Ordinal);
        Assert.Contains("tosscan scan", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Database.ReadColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    [PostgresFact]
    public async Task A_read_only_database_still_serves_reads_but_is_not_writable()
    {
        await using (var store = await OpenAsync())
        {
            await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Text", default);
        }

        await Database.ExecuteOnServerAsync($"ALTER DATABASE {Database.Name} SET default_transaction_read_only = on");
        await using var readOnly = await OpenAsync();
        Assert.Single(await readOnly.GetCurrentVersionsAsync(null, default));
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => readOnly.EnsureWritableAsync(default));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains(Database.Name, error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_description_names_the_server_and_database_but_never_the_password()
    {
        await using var store = await OpenAsync(connectionString: Database.ConnectionString + ";Password=hunter2-secret");
        Assert.StartsWith("postgresql://", store.Description, StringComparison.Ordinal);
        Assert.EndsWith("/" + Database.Name, store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", store.Description, StringComparison.Ordinal);
    }

    private sealed class BrokenMigration : PostgresSqlMigration
    {
        public override int Version => 2;

        public override string Name => "broken on purpose";

        protected override string Sql => "CREATE TABLE half_done (id integer); SELECT * FROM no_such_table;";
    }
}
