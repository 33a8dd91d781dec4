using System.Text;
using TosScan.Crawling.Http;
using TosScan.Crawling.Robots;

namespace TosScan.Crawling.Rendering;

/// <summary>
/// Renders a fetched page with the browser, loading its scripts and data through the polite
/// loader (robots.txt, spacing, address safety apply to every sub-request).
/// </summary>
internal sealed class PageRendering(IPageRenderer renderer, PageLoader loader, RobotsCache robots, CrawlerOptions options)
{
    public bool Enabled => options.RenderScripts;

    /// <summary>The rendered HTML as UTF-8, or why there is none. Never throws except on cancellation.</summary>
    public async Task<(byte[]? Html, string? Failure)> RenderAsync(HttpResponseData response, CancellationToken cancellationToken)
    {
        if (!options.RenderScripts)
        {
            return (null, "page needs script rendering, which is turned off");
        }

        if (!renderer.IsAvailable)
        {
            return (null, $"page needs script rendering but no browser is installed at {options.BrowserPath} (apt-get install -y chromium)");
        }

        try
        {
            var contentType = response.MediaType is null ? "text/html" : response.Charset is null ? response.MediaType : $"{response.MediaType}; charset={response.Charset}";
            var html = await renderer.RenderAsync(new RenderRequest(response.Url, response.Body, contentType, LoadSubresourceAsync), cancellationToken).ConfigureAwait(false);
            return (Encoding.UTF8.GetBytes(html), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, $"rendering failed: {ex.Message.Split('\n')[0]}");
        }
    }

    private async Task<HttpResponseData?> LoadSubresourceAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await loader.LoadAsync(url, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
        return page.Response is { Oversize: false } response ? response : null;
    }
}
