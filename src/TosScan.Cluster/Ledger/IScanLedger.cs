namespace TosScan.Cluster.Ledger;

/// <summary>
/// What the cluster must not forget when a worker dies: each submitted scan, each provider's
/// status rows (recorded once per run: the first record wins), each host's Crawl-delay and each
/// host's turn (who holds it, when the last request ended, any Retry-After).
/// Kept in the database beside the scan store (PostgreSQL for a real cluster).
/// </summary>
internal interface IScanLedger
{
    /// <summary>Creates the tables if they are missing; safe to run from several workers at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Saves a scan's submission unless the scan id is taken; returns the submission that is kept.</summary>
    Task<string> SaveScanAsync(string scanId, string submissionJson, CancellationToken cancellationToken);

    Task<string?> GetScanAsync(string scanId, CancellationToken cancellationToken);

    /// <summary>Records a provider's rows for one run; false when that provider's run was already recorded.</summary>
    Task<bool> RecordAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>The rows of one run, in the order they were recorded.</summary>
    Task<IReadOnlyList<LedgerEntry>> ReadRunAsync(string scanId, int run, CancellationToken cancellationToken);

    /// <summary>The runs recorded for one provider.</summary>
    Task<int> CountRunsAsync(string scanId, int index, CancellationToken cancellationToken);

    Task SaveCrawlDelayAsync(string host, TimeSpan crawlDelay, CancellationToken cancellationToken);

    Task<TimeSpan?> GetCrawlDelayAsync(string host, CancellationToken cancellationToken);

    /// <summary>The host's turn as last recorded; a host never seen gets an empty record (no lease, no request yet).</summary>
    Task<HostTurnRecord> LoadTurnAsync(string host, CancellationToken cancellationToken);

    /// <summary>
    /// Grants the host's turn in one conditional write: only when no lease is out, the last
    /// request ended at least <see cref="HostTurnGrant.Spacing"/> before <see cref="HostTurnGrant.Now"/>
    /// and any Retry-After has passed. False when another activation of the host's grain holds or
    /// just ended a turn, so two activations can never both grant.
    /// </summary>
    Task<bool> TryGrantTurnAsync(string host, HostTurnGrant grant, CancellationToken cancellationToken);

    /// <summary>
    /// Ends <paramref name="lease"/>'s turn at <paramref name="end"/> and raises the host's
    /// Retry-After to <paramref name="notBefore"/>; false when that lease no longer holds the turn.
    /// </summary>
    Task<bool> EndTurnAsync(string host, Guid lease, DateTimeOffset end, DateTimeOffset? notBefore, CancellationToken cancellationToken);
}

/// <summary>A host's turn in the ledger. Times are the clocks of the workers that wrote them.</summary>
internal sealed record HostTurnRecord(Guid? Lease, string? Holder, DateTimeOffset LeaseUntil, DateTimeOffset LastEnd, DateTimeOffset NotBefore);

/// <summary>A turn to grant: to whom, on which worker, at what time, after what spacing and until when.</summary>
internal sealed record HostTurnGrant(Guid Lease, string Holder, DateTimeOffset Now, TimeSpan Spacing, DateTimeOffset LeaseUntil);

/// <summary>One provider's rows for one run of a scan; <paramref name="Sequence"/> orders the records of a run.</summary>
internal sealed record LedgerEntry(string ScanId, int Run, int Index, long Sequence, string Worker, string RowsJson);
