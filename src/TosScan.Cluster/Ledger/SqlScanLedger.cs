using System.Data.Common;
using System.Globalization;

namespace TosScan.Cluster.Ledger;

/// <summary>
/// The ledger on any ADO.NET database that understands <c>INSERT ... ON CONFLICT DO NOTHING</c>:
/// PostgreSQL for a cluster, SQLite for tests on one machine. The primary keys do the
/// exactly-once work: a second record of the same provider's run is simply not inserted.
/// </summary>
internal sealed partial class SqlScanLedger(Func<DbConnection> connect, TimeProvider time) : IScanLedger
{
    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS tosscan_cluster_scans (scan_id TEXT PRIMARY KEY, submission TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tosscan_cluster_status (scan_id TEXT NOT NULL, run INTEGER NOT NULL, provider_index INTEGER NOT NULL, sequence BIGINT NOT NULL, worker TEXT NOT NULL, rows_json TEXT NOT NULL, PRIMARY KEY (scan_id, run, provider_index))",
        "CREATE TABLE IF NOT EXISTS tosscan_cluster_hosts (host TEXT PRIMARY KEY, crawl_delay_ms BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS tosscan_cluster_turns (host TEXT PRIMARY KEY, lease TEXT NULL, holder TEXT NULL, lease_until_ms BIGINT NOT NULL, last_end_ms BIGINT NOT NULL, not_before_ms BIGINT NOT NULL)",
    ];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Several workers starting together race on CREATE TABLE IF NOT EXISTS in PostgreSQL (a
        // unique violation on the catalogue); the loser finds the tables there on its next try.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                foreach (var statement in Schema)
                {
                    await ExecuteAsync(connection, statement, [], cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (DbException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<string> SaveScanAsync(string scanId, string submissionJson, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO tosscan_cluster_scans (scan_id, submission, created_at) VALUES (@id, @submission, @at) ON CONFLICT DO NOTHING",
            [("id", scanId), ("submission", submissionJson), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))],
            cancellationToken).ConfigureAwait(false);
        return (await ScalarAsync(connection, "SELECT submission FROM tosscan_cluster_scans WHERE scan_id = @id", [("id", scanId)], cancellationToken).ConfigureAwait(false) as string)!;
    }

    public async Task<string?> GetScanAsync(string scanId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ScalarAsync(connection, "SELECT submission FROM tosscan_cluster_scans WHERE scan_id = @id", [("id", scanId)], cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<bool> RecordAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await ExecuteAsync(connection,
            "INSERT INTO tosscan_cluster_status (scan_id, run, provider_index, sequence, worker, rows_json) VALUES (@id, @run, @index, @sequence, @worker, @rows) ON CONFLICT DO NOTHING",
            [("id", entry.ScanId), ("run", entry.Run), ("index", entry.Index), ("sequence", entry.Sequence), ("worker", entry.Worker), ("rows", entry.RowsJson)],
            cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<IReadOnlyList<LedgerEntry>> ReadRunAsync(string scanId, int run, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection,
            "SELECT provider_index, sequence, worker, rows_json FROM tosscan_cluster_status WHERE scan_id = @id AND run = @run ORDER BY sequence, provider_index",
            [("id", scanId), ("run", run)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LedgerEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new LedgerEntry(scanId, run, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3)));
        }

        return entries;
    }

    public async Task<int> CountRunsAsync(string scanId, int index, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var count = await ScalarAsync(connection, "SELECT COUNT(*) FROM tosscan_cluster_status WHERE scan_id = @id AND provider_index = @index", [("id", scanId), ("index", index)], cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    public async Task SaveCrawlDelayAsync(string host, TimeSpan crawlDelay, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection,
            "INSERT INTO tosscan_cluster_hosts (host, crawl_delay_ms) VALUES (@host, @ms) ON CONFLICT (host) DO UPDATE SET crawl_delay_ms = excluded.crawl_delay_ms",
            [("host", host), ("ms", (long)crawlDelay.TotalMilliseconds)],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<TimeSpan?> GetCrawlDelayAsync(string host, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var value = await ScalarAsync(connection, "SELECT crawl_delay_ms FROM tosscan_cluster_hosts WHERE host = @host", [("host", host)], cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : TimeSpan.FromMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = connect();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
