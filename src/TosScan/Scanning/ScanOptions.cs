namespace TosScan.Scanning;

/// <summary>How a scan runs. Validate once with <see cref="Validate"/> before starting.</summary>
public sealed record ScanOptions
{
    /// <summary>
    /// Providers in flight at once. Default 64; range 1-1024. Most of a provider's time is spent
    /// waiting on its hosts' politeness (robots.txt's Crawl-delay, request spacing), which costs
    /// nothing, so many wait at once while <see cref="AnalysisParallelism"/> bounds the CPU work.
    /// Memory grows with this figure (each provider in flight holds its fetched documents), never
    /// with the length of the list.
    /// </summary>
    public int MaxParallelProviders { get; init; } = 64;

    /// <summary>
    /// Documents analysed at once (extract, segment, classify, score). Default: the number of cores;
    /// range 1-256. More than the cores only adds memory.
    /// </summary>
    public int AnalysisParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Least time between two rewrites of <c>scan-status.csv</c> while the scan runs. Default 1 s;
    /// range 0-60 s. The file is always written at the end; rewriting it after every provider made
    /// a long list's scan spend its time writing status files.
    /// </summary>
    public TimeSpan StatusInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Folder for <c>documents/</c> and <c>scan-status.csv</c>. Required.</summary>
    public required string OutputDirectory { get; init; }

    public void Validate()
    {
        if (MaxParallelProviders is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelProviders), MaxParallelProviders, "MaxParallelProviders must be between 1 and 1024.");
        }

        if (AnalysisParallelism is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(AnalysisParallelism), AnalysisParallelism, "AnalysisParallelism must be between 1 and 256.");
        }

        if (StatusInterval < TimeSpan.Zero || StatusInterval > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(StatusInterval), StatusInterval, "StatusInterval must be between 0 and 60 seconds.");
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("OutputDirectory is required.", nameof(OutputDirectory));
        }
    }
}
