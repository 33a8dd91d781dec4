using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace TosScan.Crawling.Discovery;

/// <summary>Parses fetched HTML (charset from the header, else the page's meta tag) and measures its visible text.</summary>
internal static class HtmlPage
{
    public static IHtmlDocument Parse(ReadOnlyMemory<byte> bytes, string? charset)
    {
        var parser = new HtmlParser();
        if (charset is not null && TextEncoding.IsSupported(charset))
        {
            return parser.ParseDocument(bytes, TextEncoding.Resolve(charset));
        }

        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return parser.ParseDocument(stream);
    }

    /// <summary>Characters of text a reader would see (scripts, styles and templates left out, whitespace not counted).</summary>
    public static int VisibleTextChars(IHtmlDocument document)
    {
        if (document.Body is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var node in document.Body.GetDescendants())
        {
            if (node is IText text && !InHiddenContainer(text))
            {
                foreach (var c in text.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        count++;
                    }
                }
            }
        }

        return count;
    }

    /// <summary>True when the page runs scripts, so rendering it might produce more text.</summary>
    public static bool HasScripts(IHtmlDocument document) => document.Scripts.Length > 0;

    private static bool InHiddenContainer(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "script" or "style" or "noscript" or "template")
            {
                return true;
            }
        }

        return false;
    }
}
