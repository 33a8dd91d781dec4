namespace TosScan.Extraction.Markdown;

/// <summary>The HTML element names that appear in Markdown documents as markup.</summary>
internal static class HtmlTagNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "body", "br", "caption", "center", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img",
        "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "s", "section", "small",
        "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "time", "tr", "u", "ul", "video", "wbr", "script", "style", "noscript", "button", "input", "form",
        "label", "select", "option", "textarea", "svg", "path", "meta", "link", "title",
    };

    public static bool IsKnown(string name) => Known.Contains(name);
}
