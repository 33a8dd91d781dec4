using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using TosScan.Cluster.Ledger;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cluster;

/// <summary>
/// The host turns the ledger keeps, so that a host grain's next activation, or a twin activation,
/// cannot grant a turn that another has already granted. On a real SQLite file and on the
/// PostgreSQL test server.
/// </summary>
public sealed class HostTurnLedgerTests
{
    private const string Host = "turns.example";
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_turn_is_granted_once_and_the_next_only_a_spacing_after_it_ended_on_sqlite()
    {
        using var temp = new TempFolder();
        await GrantsInTurnAsync(await LedgerAsync(() => new SqliteConnection($"Data Source={temp.File("ledger.db")}")));
    }

    [PostgresFact]
    public async Task A_turn_is_granted_once_and_the_next_only_a_spacing_after_it_ended_on_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await GrantsInTurnAsync(await LedgerAsync(() => new NpgsqlConnection(database.ConnectionString)));
    }

    [Fact]
    public async Task Of_many_activations_granting_at_once_exactly_one_wins_on_sqlite()
    {
        using var temp = new TempFolder();
        await OneOfManyWinsAsync(await LedgerAsync(() => new SqliteConnection($"Data Source={temp.File("ledger.db")}")));
    }

    [PostgresFact]
    public async Task Of_many_activations_granting_at_once_exactly_one_wins_on_postgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await OneOfManyWinsAsync(await LedgerAsync(() => new NpgsqlConnection(database.ConnectionString)));
    }

    [Fact]
    public async Task A_retry_after_outlives_the_turn_and_never_moves_back()
    {
        using var temp = new TempFolder();
        var ledger = await LedgerAsync(() => new SqliteConnection($"Data Source={temp.File("ledger.db")}"));
        await ledger.LoadTurnAsync(Host, CancellationToken.None);

        var first = Guid.NewGuid();
        Assert.True(await ledger.TryGrantTurnAsync(Host, Grant(first, Start), CancellationToken.None));
        Assert.True(await ledger.EndTurnAsync(Host, first, Start.AddSeconds(1), Start.AddMinutes(2), CancellationToken.None));

        // A later turn's shorter Retry-After does not shorten the one the host sent first.
        var second = Guid.NewGuid();
        Assert.False(await ledger.TryGrantTurnAsync(Host, Grant(second, Start.AddSeconds(119)), CancellationToken.None));
        Assert.True(await ledger.TryGrantTurnAsync(Host, Grant(second, Start.AddMinutes(2)), CancellationToken.None));
        Assert.True(await ledger.EndTurnAsync(Host, second, Start.AddMinutes(2).AddSeconds(1), Start.AddSeconds(30), CancellationToken.None));

        var turn = await ledger.LoadTurnAsync(Host, CancellationToken.None);
        Assert.Equal(Start.AddMinutes(2), turn.NotBefore);
        Assert.Equal(Start.AddMinutes(2).AddSeconds(1), turn.LastEnd);
        Assert.Null(turn.Lease);
    }

    private static async Task GrantsInTurnAsync(SqlScanLedger ledger)
    {
        var empty = await ledger.LoadTurnAsync(Host, CancellationToken.None);
        Assert.Null(empty.Lease);

        var first = Guid.NewGuid();
        Assert.True(await ledger.TryGrantTurnAsync(Host, Grant(first, Start), CancellationToken.None));

        // What a new activation reads: the lease out, its worker and its limit.
        var held = await ledger.LoadTurnAsync(Host, CancellationToken.None);
        Assert.Equal(first, held.Lease);
        Assert.Equal("worker-a", held.Holder);
        Assert.Equal(Start.AddMinutes(1), held.LeaseUntil);

        // While it is out no one else gets the turn, however late; a lease not holding it cannot end it.
        var second = Guid.NewGuid();
        Assert.False(await ledger.TryGrantTurnAsync(Host, Grant(second, Start.AddSeconds(30)), CancellationToken.None));
        Assert.False(await ledger.EndTurnAsync(Host, second, Start.AddSeconds(30), null, CancellationToken.None));

        // Ended at 10.0005 s (kept as 10.001 s), the next turn is refused until a full spacing after that.
        var end = Start.AddSeconds(10).AddTicks(5_000);
        Assert.True(await ledger.EndTurnAsync(Host, first, end, null, CancellationToken.None));
        Assert.False(await ledger.TryGrantTurnAsync(Host, Grant(second, end + Spacing - TimeSpan.FromMilliseconds(1)), CancellationToken.None));
        Assert.False(await ledger.TryGrantTurnAsync(Host, Grant(second, end + Spacing), CancellationToken.None));
        Assert.True(await ledger.TryGrantTurnAsync(Host, Grant(second, end + Spacing + TimeSpan.FromMilliseconds(1)), CancellationToken.None));

        // The first lease, ended, cannot end the second's turn.
        Assert.False(await ledger.EndTurnAsync(Host, first, Start.AddSeconds(12), null, CancellationToken.None));
        Assert.Equal(second, (await ledger.LoadTurnAsync(Host, CancellationToken.None)).Lease);
    }

    private static async Task OneOfManyWinsAsync(SqlScanLedger ledger)
    {
        await ledger.LoadTurnAsync(Host, CancellationToken.None);
        var leases = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        var granted = await Task.WhenAll(leases.Select(lease => Task.Run(() => ledger.TryGrantTurnAsync(Host, Grant(lease, Start), CancellationToken.None))));
        Assert.Equal(1, granted.Count(g => g));
        Assert.Equal(leases[Array.IndexOf(granted, true)], (await ledger.LoadTurnAsync(Host, CancellationToken.None)).Lease);
    }

    private static HostTurnGrant Grant(Guid lease, DateTimeOffset now) => new(lease, "worker-a", now, Spacing, now.AddMinutes(1));

    private static async Task<SqlScanLedger> LedgerAsync(Func<DbConnection> connect)
    {
        var ledger = new SqlScanLedger(connect, TimeProvider.System);
        await ledger.InitializeAsync(CancellationToken.None);
        return ledger;
    }
}
