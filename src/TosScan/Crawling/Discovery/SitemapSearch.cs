using System.Globalization;
using TosScan.Crawling.Http;
using TosScan.Crawling.Robots;
using TosScan.Crawling.Safety;
using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Looks for the documents among the site's sitemap URLs: those robots.txt names, else
/// <c>/sitemap.xml</c>; index files are followed, a few sitemaps at most, same host only.
/// </summary>
internal sealed class SitemapSearch(PageLoader loader, RobotsCache robots, CrawlerOptions options)
{
    private const int MaxSitemaps = 3;

    public async Task SearchAsync(Uri home, IReadOnlyList<DocumentType> types, DiscoveryResult result, CancellationToken cancellationToken)
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
                // A sitemap that was refused or failed is not an empty one: say which and why, or the
                // reason reads only "no match among 0 sitemap entries". A missing /sitemap.xml that
                // nothing named is ordinary and stays unsaid.
                var guessedAndAbsent = rules.Sitemaps.Count == 0 && page.Response?.StatusCode == 404;
                if (!guessedAndAbsent)
                {
                    var why = page.Reason ?? (page.Response is { } r
                        ? string.Create(CultureInfo.InvariantCulture, $"HTTP {r.StatusCode}{(r.Oversize ? ", over the size limit" : string.Empty)}")
                        : page.Status ?? "failed");
                    result.Tried.Add($"sitemap {sitemapUrl} not read ({page.Status ?? "failed"}: {why})");
                }

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

    private static bool SameHost(Uri a, Uri b) => string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase);
}
