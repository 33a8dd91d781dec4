namespace TosScan.Scanning;

/// <summary>How a scan runs. Validate once with <see cref="Validate"/> before starting.</summary>
public sealed record ScanOptions
{
    /// <summary>
    /// Providers processed at once. Default 8; range 1-256. Politeness per host is the fetcher's
    /// job, so this only bounds memory and open documents.
    /// </summary>
    public int MaxParallelProviders { get; init; } = 8;

    /// <summary>Folder for <c>documents/</c> and <c>scan-status.csv</c>. Required.</summary>
    public required string OutputDirectory { get; init; }

    public void Validate()
    {
        if (MaxParallelProviders is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelProviders), MaxParallelProviders, "MaxParallelProviders must be between 1 and 256.");
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("OutputDirectory is required.", nameof(OutputDirectory));
        }
    }
}
