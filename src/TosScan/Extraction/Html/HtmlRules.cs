using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>Applies the CSS selectors of <see cref="ExtractionRules"/> with clear errors.</summary>
internal static class HtmlRules
{
    public static IEnumerable<IElement> Query(IDocument document, string selector, string sourceName)
    {
        try
        {
            return document.QuerySelectorAll(selector).ToArray();
        }
        catch (DomException ex)
        {
            throw new ExtractionException(sourceName, $"the extraction rule selector '{selector}' is not valid CSS ({ex.Message}); fix it in the document's declaration", ex);
        }
    }

    public static void ApplyRemove(IDocument document, IReadOnlyList<string> selectors, string sourceName)
    {
        foreach (var selector in selectors)
        {
            foreach (var element in Query(document, selector, sourceName))
            {
                element.Remove();
            }
        }
    }
}
