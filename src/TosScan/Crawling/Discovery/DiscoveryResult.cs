using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>What home-page discovery found per type, and why the rest is missing.</summary>
internal sealed class DiscoveryResult
{
    public Dictionary<DocumentType, (Uri Url, string FoundBy)> Found { get; } = [];

    /// <summary>The status given to types not found: failed, or blocked when the site blocked us.</summary>
    public string MissingStatus { get; set; } = FetchStatus.Failed;

    /// <summary>What was tried, for the reason of types not found.</summary>
    public List<string> Tried { get; } = [];
}
