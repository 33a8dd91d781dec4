using TosScan.Storage;
using TosScan.Storage.Sqlite;

namespace TosScan.Tests.Storage;

/// <summary>The store contract on SQLite: a fresh file per test.</summary>
public sealed class SqliteScanStoreContractTests : ScanStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override string Db => _folder.File("scan.db");

    protected override async Task<IScanDatabase> OpenAsync() => await SqliteScanStore.OpenAsync(Db, Time, CancellationToken.None);

    public void Dispose() => _folder.Dispose();
}
