using System.Net;

namespace TosScan.Crawling.Http;

/// <summary>
/// One HTTP response as the crawler keeps it: status, flattened headers and the body read up to
/// the size limit. Immutable, so Polly can hand it to retry and breaker predicates safely.
/// </summary>
internal sealed record HttpResponseData(
    Uri Url,
    int StatusCode,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string? MediaType,
    string? Charset)
{
    /// <summary>Where a redirect points (resolved against <see cref="Url"/>), when the status is a redirect.</summary>
    public Uri? Location { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After), when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the body was larger than the limit and reading stopped.</summary>
    public bool Oversize { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Declared HTML, or undeclared content that starts like markup.</summary>
    public bool LooksLikeHtml => MediaType is "text/html" or "application/xhtml+xml"
        || (MediaType is null && Body.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("<"u8));

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsRedirect => StatusCode is 301 or 302 or 303 or 307 or 308 && Location is not null;

    public bool IsNotModified => StatusCode == (int)HttpStatusCode.NotModified;

    /// <summary>5xx, 408 and 429: worth retrying, and failures for the circuit breaker.</summary>
    public bool IsTransientFailure => StatusCode is >= 500 or 408 or 429;
}
