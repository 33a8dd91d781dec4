using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>
/// Recognises a paragraph or list item that is only a link: a table-of-contents entry
/// ("&lt;li&gt;&lt;a href="#retention"&gt;Retention of Your Information&lt;/a&gt;&lt;/li&gt;") or a card
/// pointing to another page. Nested lists are left to their own items, so an entry with
/// sub-entries is still an entry. The HTML twin of the Markdown rule.
/// </summary>
internal static class HtmlNavigationLink
{
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "span", "strong", "b", "em", "i", "small", "font",
    };

    public static bool Matches(IElement element) => OnlyLinks(element, nestedListsAllowed: true) is true;

    /// <summary>True when the element holds a link with words and nothing else but spaces, numbering or wrappers; null when it holds nothing.</summary>
    private static bool? OnlyLinks(IElement element, bool nestedListsAllowed)
    {
        bool? sawLink = null;
        foreach (var child in element.ChildNodes)
        {
            switch (child)
            {
                case IText text when NavigationText.IsDecoration(text.Data):
                    break;
                case IElement { LocalName: "a" } link when link.HasAttribute("href") && !string.IsNullOrWhiteSpace(link.TextContent):
                    sawLink = true;
                    break;
                case IElement { LocalName: "ul" or "ol" } when nestedListsAllowed:
                    break;
                case IElement { LocalName: "br" or "img" }:
                    break;
                case IElement wrapper when Wrappers.Contains(wrapper.LocalName):
                    sawLink = NavigationText.Merge(sawLink, OnlyLinks(wrapper, nestedListsAllowed: false));
                    if (sawLink == false)
                    {
                        return false;
                    }

                    break;
                case IComment:
                    break;
                default:
                    return false;
            }
        }

        return sawLink;
    }
}
