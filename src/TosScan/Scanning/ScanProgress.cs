namespace TosScan.Scanning;

/// <summary>Progress of a scan, reported after each provider.</summary>
public sealed record ScanProgress(int Done, int Total, string Provider, int Found, int NotFound);
