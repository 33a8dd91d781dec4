using System.Globalization;
using Npgsql;

namespace TosScan.Cluster.Membership;

/// <summary>
/// Orleans cluster membership in PostgreSQL, in our own two tables: one row per silo and one
/// version row per cluster. Orleans' optimistic protocol is kept: a write succeeds only if the
/// table version's etag (and the silo row's etag, for an update) is still the one read, so two
/// silos that disagree never both win. (The ADO.NET clustering package needs a schema script it
/// does not ship; this is the same contract on our own schema.)
/// </summary>
internal sealed class PostgresMembershipTable(NpgsqlDataSource database, string clusterId) : IMembershipTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS tosscan_orleans_version (cluster_id TEXT PRIMARY KEY, version INTEGER NOT NULL, etag INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS tosscan_orleans_members (cluster_id TEXT NOT NULL, address TEXT NOT NULL, status INTEGER NOT NULL, entry TEXT NOT NULL, i_am_alive TEXT NOT NULL, etag INTEGER NOT NULL, PRIMARY KEY (cluster_id, address));
        """;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await ClusterSchema.CreateAsync(database, Schema).ConfigureAwait(false);
        if (tryInitTableVersion)
        {
            await using var command = database.CreateCommand("INSERT INTO tosscan_orleans_version (cluster_id, version, etag) VALUES ($1, 0, 0) ON CONFLICT DO NOTHING");
            command.Parameters.Add(new() { Value = clusterId });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var command = database.CreateCommand("DELETE FROM tosscan_orleans_members WHERE cluster_id = $1; DELETE FROM tosscan_orleans_version WHERE cluster_id = $1");
        command.Parameters.Add(new() { Value = clusterId });
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var all = await ReadAsync(null).ConfigureAwait(false);
        foreach (var (entry, _) in all.Members.Where(m => m.Item1.Status == SiloStatus.Dead && m.Item1.IAmAliveTime < beforeDate.UtcDateTime))
        {
            await using var command = database.CreateCommand("DELETE FROM tosscan_orleans_members WHERE cluster_id = $1 AND address = $2");
            command.Parameters.Add(new() { Value = clusterId });
            command.Parameters.Add(new() { Value = entry.SiloAddress.ToParsableString() });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadAsync(key);

    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) =>
        WriteAsync(tableVersion, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO tosscan_orleans_members (cluster_id, address, status, entry, i_am_alive, etag) VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT DO NOTHING",
                connection, transaction);
            AddEntry(command, entry);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        });

    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        WriteAsync(tableVersion, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(
                "UPDATE tosscan_orleans_members SET status = $3, entry = $4, i_am_alive = $5, etag = etag + 1 WHERE cluster_id = $1 AND address = $2 AND etag = $6",
                connection, transaction);
            AddEntry(command, entry);
            command.Parameters.Add(new() { Value = int.Parse(etag, CultureInfo.InvariantCulture) });
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        });

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = database.CreateCommand("UPDATE tosscan_orleans_members SET i_am_alive = $3 WHERE cluster_id = $1 AND address = $2");
        command.Parameters.Add(new() { Value = clusterId });
        command.Parameters.Add(new() { Value = entry.SiloAddress.ToParsableString() });
        command.Parameters.Add(new() { Value = MembershipRow.Time(entry.IAmAliveTime) });
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private void AddEntry(NpgsqlCommand command, MembershipEntry entry)
    {
        command.Parameters.Add(new() { Value = clusterId });
        command.Parameters.Add(new() { Value = entry.SiloAddress.ToParsableString() });
        command.Parameters.Add(new() { Value = (int)entry.Status });
        command.Parameters.Add(new() { Value = MembershipRow.Write(entry) });
        command.Parameters.Add(new() { Value = MembershipRow.Time(entry.IAmAliveTime) });
    }

    /// <summary>Bumps the table version if its etag is still the one read, and then runs the row write; both or neither.</summary>
    private async Task<bool> WriteAsync(TableVersion version, Func<NpgsqlConnection, NpgsqlTransaction, Task<bool>> write)
    {
        await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var bump = new NpgsqlCommand(
            "UPDATE tosscan_orleans_version SET version = $2, etag = etag + 1 WHERE cluster_id = $1 AND etag = $3",
            connection, transaction);
        bump.Parameters.Add(new() { Value = clusterId });
        bump.Parameters.Add(new() { Value = version.Version });
        bump.Parameters.Add(new() { Value = int.Parse(version.VersionEtag, CultureInfo.InvariantCulture) });
        if (await bump.ExecuteNonQueryAsync().ConfigureAwait(false) != 1 || !await write(connection, transaction).ConfigureAwait(false))
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
            return false;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return true;
    }

    private async Task<MembershipTableData> ReadAsync(SiloAddress? only)
    {
        // One snapshot for the version and the rows, so the etag read matches the rows read.
        await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead).ConfigureAwait(false);
        TableVersion version;
        await using (var command = new NpgsqlCommand("SELECT version, etag FROM tosscan_orleans_version WHERE cluster_id = $1", connection, transaction))
        {
            command.Parameters.Add(new() { Value = clusterId });
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            version = await reader.ReadAsync().ConfigureAwait(false)
                ? new TableVersion(reader.GetInt32(0), reader.GetInt32(1).ToString(CultureInfo.InvariantCulture))
                : new TableVersion(0, "0");
        }

        var members = new List<Tuple<MembershipEntry, string>>();
        await using (var command = new NpgsqlCommand(
            "SELECT entry, i_am_alive, etag FROM tosscan_orleans_members WHERE cluster_id = $1" + (only is null ? string.Empty : " AND address = $2"),
            connection, transaction))
        {
            command.Parameters.Add(new() { Value = clusterId });
            if (only is not null)
            {
                command.Parameters.Add(new() { Value = only.ToParsableString() });
            }

            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                members.Add(Tuple.Create(MembershipRow.Read(reader.GetString(0), MembershipRow.ParseTime(reader.GetString(1))), reader.GetInt32(2).ToString(CultureInfo.InvariantCulture)));
            }
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return new MembershipTableData(members, version);
    }
}
