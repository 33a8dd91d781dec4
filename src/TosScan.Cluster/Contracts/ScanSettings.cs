namespace TosScan.Cluster.Contracts;

/// <summary>
/// The options of a submitted scan that decide how workers crawl and analyse: the crawler's
/// command-line options and the language given. Workers build one crawler and analyzer per
/// distinct settings. Paths (the declarations folder) are read on the workers.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScanSettings
{
    [Id(0)] public required string UserAgent { get; init; }

    [Id(1)] public long MaxBytes { get; init; }

    [Id(2)] public TimeSpan RequestTimeout { get; init; }

    [Id(3)] public TimeSpan PerHostSpacing { get; init; }

    [Id(4)] public int MaxConcurrency { get; init; }

    [Id(5)] public int MaxRedirects { get; init; }

    [Id(6)] public int MaxRetries { get; init; }

    [Id(7)] public bool RenderScripts { get; init; }

    [Id(8)] public bool AllowPrivateAddresses { get; init; }

    [Id(9)] public string? DeclarationsDirectory { get; init; }

    [Id(10)] public string? Language { get; init; }

    /// <summary>Providers one worker runs at once (the scan's --max-parallel-providers).</summary>
    [Id(11)] public int MaxParallelProviders { get; init; }

    /// <summary>Documents one worker analyses at once (the scan's --analysis-parallelism).</summary>
    [Id(12)] public int AnalysisParallelism { get; init; }

    /// <summary>Re-scan every provider this often (an Orleans reminder per provider); null for once.</summary>
    [Id(13)] public TimeSpan? Every { get; init; }

    [Id(14)] public TimeSpan RetryBaseDelay { get; init; }
}
