namespace TosScan.Cluster.Hosting;

/// <summary>How <c>tosscan scan --cluster</c> waits on the cluster. Validate once with <see cref="Validate"/>.</summary>
public sealed class ClusterScanOptions
{
    /// <summary>
    /// How long to wait for a worker when none is active (at the start, or when every worker
    /// died mid-scan) before giving up with exit code 2. Default 2 minutes; range 1 s to 24 h.
    /// </summary>
    public TimeSpan WaitForWorkers { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the client asks the scan grain for progress. Default 500 ms; range 50 ms to 10 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public void Validate()
    {
        if (WaitForWorkers < TimeSpan.FromSeconds(1) || WaitForWorkers > TimeSpan.FromHours(24))
        {
            throw new ArgumentOutOfRangeException(nameof(WaitForWorkers), WaitForWorkers, "WaitForWorkers (--wait-for-workers) must be between 1 second and 24 hours.");
        }

        if (PollInterval < TimeSpan.FromMilliseconds(50) || PollInterval > TimeSpan.FromSeconds(10))
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "PollInterval must be between 50 ms and 10 s.");
        }
    }
}
