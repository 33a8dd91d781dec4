using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>Chooses the elements whose text is the document.</summary>
internal static class ContentRoots
{
    /// <summary>Where the main content usually lives, most specific first.</summary>
    private static readonly string[] MainCandidates = ["main", "[role='main']", "article", "#content", ".content", "#main"];

    /// <summary>A candidate this much smaller than the body is probably a teaser box, not the content.</summary>
    private const double MinShareOfBody = 0.25;

    /// <summary>
    /// Elements matched by the select rules, in document order, with nested matches folded into
    /// their outermost match so no text is extracted twice. Empty when nothing matched.
    /// </summary>
    public static IReadOnlyList<IElement> Selected(IDocument document, IReadOnlyList<string> selectors, string sourceName)
    {
        var matched = new List<IElement>();
        foreach (var selector in selectors)
        {
            matched.AddRange(HtmlRules.Query(document, selector, sourceName));
        }

        var set = new HashSet<IElement>(matched, ReferenceEqualityComparer.Instance);
        return document.All.Where(e => set.Contains(e) && !HasAncestorIn(e, set)).ToList();
    }

    private static bool HasAncestorIn(IElement element, HashSet<IElement> set)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (set.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The main content element, or the body when no candidate holds most of the text.</summary>
    public static IElement Main(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var bodyLength = HtmlText.VisibleLength(body);
        foreach (var selector in MainCandidates)
        {
            var best = document.QuerySelectorAll(selector)
                .Select(e => (Element: e, Length: HtmlText.VisibleLength(e)))
                .OrderByDescending(c => c.Length)
                .FirstOrDefault();
            if (best.Element is not null && best.Length > 0 && best.Length >= bodyLength * MinShareOfBody)
            {
                return best.Element;
            }
        }

        return body;
    }
}
