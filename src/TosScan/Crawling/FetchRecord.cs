using TosScan.Documents;

namespace TosScan.Crawling;

/// <summary>
/// One attempt to fetch a document, successful or not. Every attempt is kept, so a researcher can
/// see when a provider was blocked or down.
/// </summary>
/// <param name="Provider">Provider name from the providers list.</param>
/// <param name="Type">Document type being fetched.</param>
/// <param name="RequestedUrl">What was asked for.</param>
/// <param name="FinalUrl">Where it ended after redirects (null when nothing came back).</param>
/// <param name="Status">found, not_modified, blocked or failed.</param>
/// <param name="HttpStatus">HTTP status code, or null for local files and network errors.</param>
/// <param name="Reason">Why it failed or was blocked; null on success.</param>
/// <param name="FetchedAt">When the attempt finished (UTC).</param>
/// <param name="SnapshotSha256">The snapshot the bytes were stored as, when any came back.</param>
/// <param name="HeadersJson">Response headers as a JSON object, when any.</param>
/// <param name="FoundBy">How the URL was found (explicit, link, well_known_path, sitemap, declaration, ...).</param>
public sealed record FetchRecord(
    string Provider,
    DocumentType Type,
    string RequestedUrl,
    string? FinalUrl,
    string Status,
    int? HttpStatus,
    string? Reason,
    DateTimeOffset FetchedAt,
    string? SnapshotSha256,
    string? HeadersJson,
    string? FoundBy)
{
    /// <summary>Store-assigned id; 0 until saved.</summary>
    public long Id { get; init; }

    /// <summary>ETag of the response, for conditional requests on the next scan.</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified of the response, for conditional requests on the next scan.</summary>
    public string? LastModified { get; init; }
}
