using System.Data.Common;
using System.Globalization;

namespace TosScan.Cluster.Ledger;

/// <summary>
/// Host turns. The host grain keeps them in memory to answer quickly, but a grant and an end are
/// written here first: when a worker dies, the grain's next activation must know of a turn the
/// dead one granted to a worker that is still sending its request, and while the cluster is
/// unstable Orleans' default directory can briefly hold two activations of one grain, which only a
/// conditional write both see can keep from granting the same turn twice.
/// </summary>
internal sealed partial class SqlScanLedger
{
    public async Task<HostTurnRecord> LoadTurnAsync(string host, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadTurnAsync(connection, host, cancellationToken).ConfigureAwait(false) is { } turn)
        {
            return turn;
        }

        // A host never seen: its empty row is made here, so that every later grant and end is an
        // UPDATE that either finds it or not (two activations may race to make it; one insert wins).
        await ExecuteAsync(connection,
            "INSERT INTO tosscan_cluster_turns (host, lease, holder, lease_until_ms, last_end_ms, not_before_ms) VALUES (@host, NULL, NULL, 0, 0, 0) ON CONFLICT DO NOTHING",
            [("host", host)], cancellationToken).ConfigureAwait(false);
        return (await ReadTurnAsync(connection, host, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<bool> TryGrantTurnAsync(string host, HostTurnGrant grant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = grant.Now.ToUnixTimeMilliseconds();
        var granted = await ExecuteAsync(connection,
            "UPDATE tosscan_cluster_turns SET lease = @lease, holder = @holder, lease_until_ms = @until " +
            "WHERE host = @host AND lease IS NULL AND last_end_ms <= @latestEnd AND not_before_ms <= @now",
            [("host", host), ("lease", grant.Lease.ToString("D")), ("holder", grant.Holder), ("until", RoundedUp(grant.LeaseUntil)),
             ("latestEnd", now - (long)Math.Ceiling(grant.Spacing.TotalMilliseconds)), ("now", now)],
            cancellationToken).ConfigureAwait(false);
        return granted == 1;
    }

    public async Task<bool> EndTurnAsync(string host, Guid lease, DateTimeOffset end, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // Neither time moves back: a later end or Retry-After already written stands.
        var ended = await ExecuteAsync(connection,
            "UPDATE tosscan_cluster_turns SET lease = NULL, holder = NULL, " +
            "last_end_ms = CASE WHEN last_end_ms > @end THEN last_end_ms ELSE @end END, " +
            "not_before_ms = CASE WHEN not_before_ms > @notBefore THEN not_before_ms ELSE @notBefore END " +
            "WHERE host = @host AND lease = @lease",
            [("host", host), ("lease", lease.ToString("D")), ("end", RoundedUp(end)), ("notBefore", notBefore is { } at ? RoundedUp(at) : 0L)],
            cancellationToken).ConfigureAwait(false);
        return ended == 1;
    }

    private static async Task<HostTurnRecord?> ReadTurnAsync(DbConnection connection, string host, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT lease, holder, lease_until_ms, last_end_ms, not_before_ms FROM tosscan_cluster_turns WHERE host = @host",
            [("host", host)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new HostTurnRecord(
            reader.IsDBNull(0) ? null : Guid.Parse(reader.GetString(0)),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            Time(reader.GetValue(2)),
            Time(reader.GetValue(3)),
            Time(reader.GetValue(4)));
    }

    /// <summary>Whole milliseconds, rounded up, so a time read back is never earlier than the one written (the grant rounds "now" down and the spacing up).</summary>
    private static long RoundedUp(DateTimeOffset at)
    {
        var ticks = (at - DateTimeOffset.UnixEpoch).Ticks;
        return (ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
    }

    private static DateTimeOffset Time(object value) => DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));
}
