using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// The links of a page, resolved against the page's URL (or its &lt;base href&gt;). A page fetched
/// over the network may only lead to http(s) links; file: links are accepted only from a local
/// page, which came from the providers list itself.
/// </summary>
internal static class LinkExtractor
{
    public static IReadOnlyList<LinkCandidate> Extract(IHtmlDocument document, Uri pageUrl)
    {
        var baseUrl = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Uri.TryCreate(pageUrl, baseHref, out var resolvedBase))
        {
            baseUrl = resolvedBase;
        }

        var links = new List<LinkCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(baseUrl, href, out var url) || !Allowed(url, pageUrl))
            {
                continue;
            }

            url = WithoutFragment(url);
            var text = string.Join(' ', new[] { anchor.TextContent, anchor.GetAttribute("title"), anchor.GetAttribute("aria-label") }
                .Where(t => !string.IsNullOrWhiteSpace(t))).Trim();
            if (seen.Add(url.AbsoluteUri + "\n" + text))
            {
                links.Add(new LinkCandidate(url, Collapse(text), InFooterOrNav(anchor)));
            }
        }

        return links;
    }

    private static bool Allowed(Uri url, Uri pageUrl) =>
        url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps || (url.IsFile && pageUrl.IsFile);

    private static Uri WithoutFragment(Uri url) =>
        url.Fragment.Length == 0 ? url : new UriBuilder(url) { Fragment = string.Empty }.Uri;

    private static bool InFooterOrNav(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "footer" or "nav")
            {
                return true;
            }

            var marker = (e.Id + " " + e.ClassName + " " + e.GetAttribute("role")).ToLowerInvariant();
            if (marker.Contains("footer", StringComparison.Ordinal) || marker.Contains("contentinfo", StringComparison.Ordinal) || marker.Contains("legal", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
