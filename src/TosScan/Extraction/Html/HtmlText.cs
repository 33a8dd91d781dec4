using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>Small measurements of element text.</summary>
internal static class HtmlText
{
    /// <summary>Number of non-whitespace characters below a node.</summary>
    public static int VisibleLength(INode node)
    {
        var count = 0;
        foreach (var c in node.TextContent)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
