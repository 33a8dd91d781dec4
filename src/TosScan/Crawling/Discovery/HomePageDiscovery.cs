using System.Globalization;
using AngleSharp.Html.Dom;
using TosScan.Crawling.Http;
using TosScan.Crawling.Local;
using TosScan.Crawling.Rendering;
using TosScan.Crawling.Robots;
using TosScan.Crawling.Safety;
using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Finds documents from a home page, in the order that costs the site the fewest requests and
/// is most often right: links on the page (footer and navigation first), then well-known
/// paths, then the sitemap. A local home page (file:) is searched for links only.
/// </summary>
internal sealed class HomePageDiscovery(
    PageLoader loader,
    RobotsCache robots,
    PageRendering rendering,
    LocalFileReader files,
    RecentPages recent,
    CrawlerOptions options)
{
    private const int MaxSitemaps = 3;

    public async Task<DiscoveryResult> DiscoverAsync(Uri home, IReadOnlyList<DocumentType> types, CancellationToken cancellationToken)
    {
        var result = new DiscoveryResult();
        if (home.IsFile)
        {
            await FromLocalHomeAsync(home, types, result, cancellationToken).ConfigureAwait(false);
            return result;
        }

        if (UrlPolicy.CheckRemote(home) is { } refusal)
        {
            result.Tried.Add($"home page {refusal}");
            return result;
        }

        var page = await loader.LoadAsync(home, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
        var homeFinal = page.Response?.Url ?? home;
        if (page.Response is not { } response)
        {
            result.Tried.Add($"home page {home}: {page.Reason}");
            if (page.Status == FetchStatus.Blocked)
            {
                result.MissingStatus = FetchStatus.Blocked;
            }

            if (page.IsNetworkFailure || page.Status == FetchStatus.Blocked)
            {
                return result; // the rest of the site is no more reachable or allowed than its home page
            }
        }
        else
        {
            var (links, challenge) = await LinksOfAsync(response, cancellationToken).ConfigureAwait(false);
            if (challenge is not null)
            {
                result.MissingStatus = FetchStatus.Blocked;
                result.Tried.Add($"home page {homeFinal}: {challenge}");
                return result;
            }

            Choose(links, types, homeFinal, FoundBy.Link, result);
            result.Tried.Add(string.Create(CultureInfo.InvariantCulture, $"no matching link among {links.Count} on {homeFinal}"));
        }

        var remaining = types.Where(t => !result.Found.ContainsKey(t)).ToList();
        if (remaining.Count > 0 && options.ProbeWellKnownPaths)
        {
            await ProbeWellKnownAsync(homeFinal, remaining, result, cancellationToken).ConfigureAwait(false);
        }

        remaining = [.. types.Where(t => !result.Found.ContainsKey(t))];
        if (remaining.Count > 0 && options.ReadSitemaps)
        {
            await FromSitemapsAsync(homeFinal, remaining, result, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task FromLocalHomeAsync(Uri home, IReadOnlyList<DocumentType> types, DiscoveryResult result, CancellationToken cancellationToken)
    {
        var (bytes, reason) = await files.ReadAsync(home, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            result.Tried.Add($"home page: {reason}");
            return;
        }

        var links = LinkExtractor.Extract(HtmlPage.Parse(bytes, null), home)
            .Where(l => !l.Url.IsFile || File.Exists(l.Url.LocalPath))
            .ToList();
        Choose(links, types, home, FoundBy.Link, result);
        result.Tried.Add(string.Create(CultureInfo.InvariantCulture, $"no matching link among {links.Count} on {home.LocalPath}"));
    }

    /// <summary>Links of a fetched home page (rendered first when its links are built by scripts), or the challenge it is.</summary>
    private async Task<(IReadOnlyList<LinkCandidate> Links, string? Challenge)> LinksOfAsync(HttpResponseData response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccess || response.Oversize || !response.LooksLikeHtml)
        {
            return ([], null);
        }

        var document = HtmlPage.Parse(response.Body, response.Charset);
        var visible = HtmlPage.VisibleTextChars(document);
        if (BotChallengeDetector.Detect(response.Body, response.MediaType, response.Headers, visible) is { } challenge)
        {
            return ([], challenge);
        }

        var links = LinkExtractor.Extract(document, response.Url);
        if (rendering.Enabled && NeedsRendering(document, links, visible))
        {
            var (html, _) = await rendering.RenderAsync(response, cancellationToken).ConfigureAwait(false);
            if (html is not null)
            {
                links = LinkExtractor.Extract(HtmlPage.Parse(html, "utf-8"), response.Url);
            }
        }

        return (links, null);
    }

    private bool NeedsRendering(IHtmlDocument document, IReadOnlyList<LinkCandidate> links, int visible) =>
        HtmlPage.HasScripts(document) && (visible < options.MinTextChars || links.Count == 0);

    private static void Choose(IReadOnlyList<LinkCandidate> links, IReadOnlyList<DocumentType> types, Uri home, string foundBy, DiscoveryResult result)
    {
        foreach (var type in types)
        {
            var best = links
                .Where(l => !SamePage(l.Url, home))
                .Select(l => (Link: l, Score: LinkScorer.Score(l, type, home)))
                .Where(x => x.Score >= LinkScorer.Threshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Link is not null)
            {
                result.Found[type] = (best.Link.Url, foundBy);
            }
        }
    }

    private async Task ProbeWellKnownAsync(Uri home, IReadOnlyList<DocumentType> types, DiscoveryResult result, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            foreach (var path in WellKnownPaths.For(type))
            {
                var url = new Uri(home, path);
                var page = await loader.LoadAsync(url, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
                if (page.Response is { IsSuccess: true, Oversize: false } response && !SamePage(response.Url, home) && IsDocument(response, type))
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

    private async Task FromSitemapsAsync(Uri home, IReadOnlyList<DocumentType> types, DiscoveryResult result, CancellationToken cancellationToken)
    {
        var rules = await robots.GetAsync(home, cancellationToken).ConfigureAwait(false);
        var queue = new Queue<Uri>(rules.Sitemaps
            .Select(s => Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>()
            .Where(u => UrlPolicy.IsHttp(u) && SameHost(u, home))
            .DefaultIfEmpty(new Uri(home, "/sitemap.xml")));
        var pages = new List<Uri>();
        var read = 0;
        while (queue.Count > 0 && read < MaxSitemaps)
        {
            var sitemapUrl = queue.Dequeue();
            read++;
            var page = await loader.LoadAsync(sitemapUrl, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
            if (page.Response is not { IsSuccess: true, Oversize: false } response)
            {
                continue;
            }

            var (entries, children) = SitemapParser.Parse(response.Body);
            pages.AddRange(entries.Where(u => UrlPolicy.IsHttp(u) && SameHost(u, home)));
            foreach (var child in children.Where(c => UrlPolicy.IsHttp(c) && SameHost(c, home)))
            {
                queue.Enqueue(child);
            }
        }

        foreach (var type in types)
        {
            var best = pages
                .Select(u => (Url: u, Score: LinkScorer.UrlOnlyScore(u, type)))
                .Where(x => x.Score >= LinkScorer.Threshold)
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Url.AbsoluteUri.Length)
                .FirstOrDefault();
            if (best.Url is not null)
            {
                result.Found[type] = (best.Url, FoundBy.Sitemap);
            }
            else
            {
                result.Tried.Add(string.Create(CultureInfo.InvariantCulture, $"no match among {pages.Count} sitemap entries"));
            }
        }
    }

    private static bool SamePage(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool SameHost(Uri a, Uri b) => string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);
}
