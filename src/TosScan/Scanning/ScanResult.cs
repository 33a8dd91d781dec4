namespace TosScan.Scanning;

/// <summary>What a scan did, row by row, in the order of the providers list.</summary>
public sealed record ScanResult(IReadOnlyList<ScanStatusRow> Rows)
{
    /// <summary>Where the scan's time went, summed over its documents; null when not measured.</summary>
    public StepTimes? Times { get; init; }

    /// <summary>True when every provider line was read and every document asked for was found.</summary>
    public bool Complete => Rows.All(r => r.IsFound || r.Status == ScanStatuses.NotRequested);
}
