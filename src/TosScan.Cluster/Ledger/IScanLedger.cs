namespace TosScan.Cluster.Ledger;

/// <summary>
/// What the cluster must not forget when a worker dies: each submitted scan, each provider's
/// status rows (recorded once per run: the first record wins) and each host's Crawl-delay.
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
}

/// <summary>One provider's rows for one run of a scan; <paramref name="Sequence"/> orders the records of a run.</summary>
internal sealed record LedgerEntry(string ScanId, int Run, int Index, long Sequence, string Worker, string RowsJson);
