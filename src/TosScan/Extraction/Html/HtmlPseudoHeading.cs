using System.Globalization;
using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>
/// Headings that are not marked up as h1-h6: role="heading" elements (level from aria-level), and
/// paragraphs whose only content is one short bold title without a final full stop
/// ("&lt;p&gt;&lt;strong&gt;2. Use of the Services&lt;/strong&gt;&lt;/p&gt;"), as many policy pages write them.
/// </summary>
internal static class HtmlPseudoHeading
{
    private const int MaxLength = 120;
    private const int MaxWords = 16;

    /// <summary>The heading level for <paramref name="element"/>, or 0 when it is not a heading.</summary>
    public static int Level(IElement element, int lastHeadingLevel)
    {
        if (string.Equals(element.GetAttribute("role"), "heading", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(element.GetAttribute("aria-level"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)
                ? Math.Clamp(level, 1, 6)
                : 2;
        }

        return IsBoldTitle(element) ? Math.Min(6, lastHeadingLevel + 1) : 0;
    }

    private static bool IsBoldTitle(IElement element)
    {
        IElement? bold = null;
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    break;
                case IElement { LocalName: "strong" or "b" } candidate when bold is null:
                    bold = candidate;
                    break;
                default:
                    return false;
            }
        }

        if (bold is null || bold.QuerySelector("a, br, p, div, ul, ol, table") is not null)
        {
            return false;
        }

        var title = bold.TextContent.Trim();
        return title.Length is > 0 and <= MaxLength
            && title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && title[^1] is not ('.' or ',' or ';' or ':');
    }
}
