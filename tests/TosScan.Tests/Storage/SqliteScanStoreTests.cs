using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage.Sqlite;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

/// <summary>What only the SQLite store has: a file, WAL, and files that are not its own. The shared behaviour is in <see cref="ScanStoreContract"/>.</summary>
public sealed class SqliteScanStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(T0);

    private string DbPath => _folder.File("scan.db");

    public void Dispose() => _folder.Dispose();

    private Task<SqliteScanStore> OpenAsync() => SqliteScanStore.OpenAsync(DbPath, _time, CancellationToken.None);

    [Fact]
    public async Task The_file_uses_wal_so_other_processes_read_while_a_scan_writes()
    {
        await using (var store = await OpenAsync())
        {
            await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "x", default);
        }

        await using var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_gives_an_error_naming_it_and_is_left_untouched()
    {
        var content = "this is a text file, not a database, and it is long enough to have a header"u8.ToArray();
        await File.WriteAllBytesAsync(DbPath, content);
        var error = await Assert.ThrowsAsync<SqliteStoreException>(OpenAsync);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(DbPath));
    }

    [Fact]
    public async Task Another_programs_sqlite_database_is_refused()
    {
        await using (var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY)";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SqliteStoreException>(OpenAsync);
        Assert.Contains("not a TosScan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_path_gives_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => SqliteScanStore.OpenAsync(_folder.Path, _time, default));
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_an_existing_store_refuses_a_missing_file_and_does_not_create_it()
    {
        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => TosScan.Storage.ScanStores.OpenExistingAsync(DbPath, _time, default));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("tosscan scan", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }
}
