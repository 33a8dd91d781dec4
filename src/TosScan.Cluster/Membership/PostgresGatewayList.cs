using Npgsql;
using Orleans.Messaging;

namespace TosScan.Cluster.Membership;

/// <summary>
/// The gateways a client may connect to: the active silos of the membership table that accept
/// clients. Also tells the client how many workers are active, for its "waiting for a worker" line.
/// </summary>
internal sealed class PostgresGatewayList(NpgsqlDataSource database, string clusterId) : IGatewayListProvider
{
    public TimeSpan MaxStaleness => TimeSpan.FromSeconds(5);

    public bool IsUpdatable => true;

    public Task InitializeGatewayListProvider() => Task.CompletedTask;

    public async Task<IList<Uri>> GetGateways()
    {
        var gateways = new List<Uri>();
        foreach (var entry in await ActiveAsync().ConfigureAwait(false))
        {
            if (entry.ProxyPort > 0)
            {
                gateways.Add(SiloAddress.New(entry.SiloAddress.Endpoint.Address, entry.ProxyPort, entry.SiloAddress.Generation).ToGatewayUri());
            }
        }

        return gateways;
    }

    /// <summary>The silos the table says are active.</summary>
    public async Task<IReadOnlyList<MembershipEntry>> ActiveAsync()
    {
        var entries = new List<MembershipEntry>();
        try
        {
            await using var command = database.CreateCommand("SELECT entry, i_am_alive FROM tosscan_orleans_members WHERE cluster_id = $1 AND status = $2");
            command.Parameters.Add(new() { Value = clusterId });
            command.Parameters.Add(new() { Value = (int)SiloStatus.Active });
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                entries.Add(MembershipRow.Read(reader.GetString(0), MembershipRow.ParseTime(reader.GetString(1))));
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No worker has ever started against this database: no tables, no gateways.
        }

        return entries;
    }
}
