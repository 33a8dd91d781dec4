namespace TosScan.Crawling.Http;

/// <summary>Validators from the last successful fetch, sent as If-None-Match / If-Modified-Since.</summary>
/// <param name="Url">The URL the validators belong to (the previous final URL).</param>
/// <param name="ETag">Sent as If-None-Match.</param>
/// <param name="LastModified">Sent as If-Modified-Since.</param>
internal sealed record RequestConditions(Uri Url, string? ETag, string? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && string.IsNullOrEmpty(LastModified);
}
