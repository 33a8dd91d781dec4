using TosScan.Crawling.Http;

namespace TosScan.Crawling.Rendering;

/// <summary>
/// Runs a page's scripts and returns the resulting HTML. The page's own HTML is handed in (it was
/// already fetched politely); every script or data request the page makes goes back through
/// <see cref="RenderRequest.LoadSubresource"/>, so robots.txt, politeness and address safety
/// apply to the browser too. Started lazily on first use; disposed with the crawler.
/// </summary>
internal interface IPageRenderer : IAsyncDisposable
{
    /// <summary>True when rendering can work here (the browser exists).</summary>
    bool IsAvailable { get; }

    Task<string> RenderAsync(RenderRequest request, CancellationToken cancellationToken);
}

/// <summary>A page to render and how its sub-requests are loaded (null from the loader aborts that request).</summary>
internal sealed record RenderRequest(Uri Url, byte[] Html, string? ContentType, Func<Uri, CancellationToken, Task<HttpResponseData?>> LoadSubresource);
