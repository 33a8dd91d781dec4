using TosScan.Crawling.Http;
using TosScan.Crawling.Robots;
using TosScan.Crawling.Safety;
using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Tries the usual paths (<see cref="WellKnownPaths"/>) on the provider's site. A probed page is
/// handed to the fetcher through <see cref="RecentPages"/> so it is not requested twice.
/// </summary>
internal sealed class WellKnownPathProbe(PageLoader loader, RobotsCache robots, RecentPages recent, CrawlerOptions options)
{
    public async Task ProbeAsync(Uri home, IReadOnlyList<DocumentType> types, DiscoveryResult result, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            foreach (var path in WellKnownPaths.For(type))
            {
                var url = new Uri(home, path);
                var page = await loader.LoadAsync(url, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
                if (page.Response is { IsSuccess: true, Oversize: false } response && !HomePageDiscovery.SamePage(response.Url, home) && IsDocument(response, type))
                {
                    recent.Put(url, page);
                    result.Found[type] = (url, FoundBy.WellKnownPath);
                    break;
                }

                if (page.IsNetworkFailure)
                {
                    result.Tried.Add($"{url}: {page.Reason}");
                    return;
                }
            }

            if (!result.Found.ContainsKey(type))
            {
                result.Tried.Add($"nothing at {string.Join(", ", WellKnownPaths.For(type))}");
            }
        }
    }

    /// <summary>A probed page counts only if it names the document (sites answer 200 with their home page for any path).</summary>
    private static bool IsDocument(HttpResponseData response, DocumentType type)
    {
        if (response.MediaType == "application/pdf")
        {
            return true;
        }

        if (!response.LooksLikeHtml && response.MediaType != "text/plain")
        {
            return false;
        }

        if (response.MediaType == "text/plain")
        {
            return LinkScorer.Mentions(System.Text.Encoding.UTF8.GetString(response.Body), type);
        }

        var document = HtmlPage.Parse(response.Body, response.Charset);
        if (BotChallengeDetector.Detect(response.Body, response.MediaType, response.Headers, HtmlPage.VisibleTextChars(document)) is not null)
        {
            return false;
        }

        var heading = string.Join(' ', document.Title, document.QuerySelector("h1")?.TextContent, document.QuerySelector("h2")?.TextContent);
        return LinkScorer.Mentions(heading, type);
    }
}
