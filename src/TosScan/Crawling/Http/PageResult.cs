namespace TosScan.Crawling.Http;

/// <summary>
/// A URL after redirects: the final response, or why there is none (blocked or failed).
/// </summary>
/// <param name="Response">The final response (any status), when one came back.</param>
/// <param name="Status">Null when a response came back; otherwise <c>blocked</c> or <c>failed</c>.</param>
/// <param name="Reason">Why it was blocked or failed.</param>
/// <param name="FinalUrl">The last URL asked for.</param>
internal sealed record PageResult(HttpResponseData? Response, string? Status, string? Reason, Uri FinalUrl)
{
    /// <summary>True when nothing came back from the network at all (host down, refused, timed out).</summary>
    public bool IsNetworkFailure { get; init; }

    public static PageResult Blocked(Uri url, string reason) => new(null, FetchStatus.Blocked, reason, url);

    /// <summary>True when the address or scheme was refused by our own safety rules (not the site's doing).</summary>
    public bool IsRefusal { get; init; }

    public static PageResult Failed(Uri url, string reason, bool network = false, bool refusal = false) =>
        new(null, FetchStatus.Failed, reason, url) { IsNetworkFailure = network, IsRefusal = refusal };
}
