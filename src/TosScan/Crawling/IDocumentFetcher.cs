namespace TosScan.Crawling;

/// <summary>
/// Fetches one document. Never throws for a failed fetch: failures come back as a
/// <see cref="FetchOutcome"/> whose record says why, so one bad provider never stops a scan.
/// </summary>
public interface IDocumentFetcher
{
    Task<FetchOutcome> FetchAsync(DocumentTarget target, CancellationToken cancellationToken);
}
