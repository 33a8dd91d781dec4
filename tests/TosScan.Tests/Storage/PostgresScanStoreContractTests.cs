using TosScan.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Storage;

/// <summary>The store contract on PostgreSQL: a fresh database per test on the test server, dropped after.</summary>
[NeedsPostgres]
public sealed class PostgresScanStoreContractTests : ScanStoreContract
{
    private PostgresTestDatabase? _database;

    protected override string Db => (_database ?? throw new InvalidOperationException("the test database is made in InitializeAsync")).ConnectionString;

    protected override Task<IScanDatabase> OpenAsync() => ScanStores.OpenAsync(Db, Time, CancellationToken.None);

    public override async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
