using TosScan.Documents;

namespace TosScan.Crawling;

/// <summary>
/// What the crawler needs to remember of earlier scans: the last fetch that brought content, for
/// conditional requests (ETag, Last-Modified). The crawler asks only this, so it does not depend on
/// the store downstream of it; the store implements it.
/// </summary>
public interface IFetchHistory
{
    /// <summary>The newest fetch of a URL that returned content, for conditional requests and resuming.</summary>
    Task<FetchRecord?> GetLastSuccessfulFetchAsync(string provider, DocumentType type, string requestedUrl, CancellationToken cancellationToken);
}
