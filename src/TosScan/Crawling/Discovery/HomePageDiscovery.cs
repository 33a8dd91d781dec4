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

            var chosen = Choose(links, types, homeFinal, result);
            result.Tried.Add(string.Create(CultureInfo.InvariantCulture, $"no matching link among {links.Count} on {homeFinal}"));
            if (Hub(links, types, chosen, homeFinal) is { } hub)
            {
                var hubPage = await loader.LoadAsync(hub, null, robots, options.MaxRedirects, cancellationToken).ConfigureAwait(false);
                if (hubPage.Response is { } hubResponse)
                {
                    var (hubLinks, _) = await LinksOfAsync(hubResponse, cancellationToken).ConfigureAwait(false);
                    FromHub(hubLinks, types, hubResponse.Url, homeFinal, result);
                    KeepHubIfChosen(hub, hubPage, result);
                }
            }
        }

        var remaining = types.Where(t => !result.Found.ContainsKey(t)).ToList();
        if (remaining.Count > 0 && options.ProbeWellKnownPaths)
        {
            await new WellKnownPathProbe(loader, robots, recent, options).ProbeAsync(homeFinal, remaining, result, cancellationToken).ConfigureAwait(false);
        }

        remaining = [.. types.Where(t => !result.Found.ContainsKey(t))];
        if (remaining.Count > 0 && options.ReadSitemaps)
        {
            await new SitemapSearch(loader, robots, options).SearchAsync(homeFinal, remaining, result, cancellationToken).ConfigureAwait(false);
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
        var chosen = Choose(links, types, home, result);
        result.Tried.Add(string.Create(CultureInfo.InvariantCulture, $"no matching link among {links.Count} on {home.LocalPath}"));
        if (Hub(links, types, chosen, home) is { } hub && hub.IsFile)
        {
            var (hubBytes, _) = await files.ReadAsync(hub, cancellationToken).ConfigureAwait(false);
            if (hubBytes is not null)
            {
                var hubLinks = LinkExtractor.Extract(HtmlPage.Parse(hubBytes, null), hub).Where(l => !l.Url.IsFile || File.Exists(l.Url.LocalPath)).ToList();
                FromHub(hubLinks, types, hub, home, result);
            }
        }
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

    /// <summary>The best link per type (recorded in <paramref name="result"/>), and the links chosen.</summary>
    private static Dictionary<DocumentType, LinkCandidate> Choose(IReadOnlyList<LinkCandidate> links, IReadOnlyList<DocumentType> types, Uri home, DiscoveryResult result)
    {
        var chosen = new Dictionary<DocumentType, LinkCandidate>();
        foreach (var type in types)
        {
            if (BestLink(links.Where(l => !SamePage(l.Url, home)), type, home) is { } best)
            {
                result.Found[type] = (best.Url, FoundBy.Link);
                chosen[type] = best;
            }
        }

        return chosen;
    }

    /// <summary>
    /// A legal hub worth one more request: when some type has no link that names it outright
    /// (only "Legal", or nothing), and the page links to a hub.
    /// </summary>
    private static Uri? Hub(IReadOnlyList<LinkCandidate> links, IReadOnlyList<DocumentType> types, Dictionary<DocumentType, LinkCandidate> chosen, Uri home)
    {
        var unsure = types.Any(t => !chosen.TryGetValue(t, out var link) || !LinkScorer.NamesDocument(link, t));
        if (!unsure)
        {
            return null;
        }

        return links
            .Where(l => LinkScorer.IsHub(l) && !SamePage(l.Url, home) && (l.Url.IsFile == home.IsFile))
            .OrderByDescending(l => l.InFooterOrNav)
            .Select(l => l.Url)
            .FirstOrDefault();
    }

    /// <summary>
    /// When no better link replaced it, the hub is the document: hand its response to the fetcher
    /// rather than have the site asked for the same page again.
    /// </summary>
    private void KeepHubIfChosen(Uri hub, PageResult hubPage, DiscoveryResult result)
    {
        var uses = result.Found.Values.Count(found => found.Url == hub);
        if (uses > 0 && hubPage.Response is { IsSuccess: true, Oversize: false })
        {
            recent.Put(hub, hubPage, uses);
        }
    }

    /// <summary>Links on the hub that name a document outright replace weaker choices from the home page.</summary>
    private static void FromHub(IReadOnlyList<LinkCandidate> hubLinks, IReadOnlyList<DocumentType> types, Uri hub, Uri home, DiscoveryResult result)
    {
        foreach (var type in types)
        {
            if (BestLink(hubLinks.Where(l => LinkScorer.NamesDocument(l, type) && !SamePage(l.Url, hub) && !SamePage(l.Url, home)), type, home) is { } best)
            {
                result.Found[type] = (best.Url, FoundBy.Link);
            }
        }
    }

    /// <summary>The highest-scoring candidate for a type that clears the scorer's threshold, if any.</summary>
    private static LinkCandidate? BestLink(IEnumerable<LinkCandidate> candidates, DocumentType type, Uri home) =>
        candidates
            .Select(l => (Link: l, Score: LinkScorer.Score(l, type, home)))
            .Where(x => x.Score >= LinkScorer.Threshold)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault().Link;

    internal static bool SamePage(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

}
