using System.Text;
using TosScan.Reporting.Json;

namespace TosScan.Reporting.Reports;

/// <summary>
/// Renders a clause inside its paragraph: the clause wrapped in a highlight, its evidence words
/// in <c>&lt;mark&gt;</c>. The text is cut at offsets first and every piece escaped on its own, so
/// markup in the crawled text can never combine with ours.
/// </summary>
internal static class ClauseHighlighter
{
    public static string Render(string context, int contextStart, int clauseStart, int clauseEnd, IEnumerable<SpanJson> evidence, string clauseClass)
    {
        var length = context.Length;
        var start = Math.Clamp(clauseStart - contextStart, 0, length);
        var end = Math.Clamp(clauseEnd - contextStart, start, length);
        var marks = Merge(evidence
            .Select(e => (Start: Math.Clamp(e.Start - contextStart, start, end), End: Math.Clamp(e.End - contextStart, start, end)))
            .Where(e => e.End > e.Start));

        var html = new StringBuilder();
        html.Append(HtmlText.Encode(context[..start]));
        html.Append("<span class=\"").Append(clauseClass).Append("\">");
        AppendMarked(html, context, start, end, marks);
        html.Append("</span>");
        html.Append(HtmlText.Encode(context[end..]));
        return html.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> (which starts at document offset <paramref name="textStart"/>)
    /// escaped, with the evidence inside it in <c>&lt;mark&gt;</c>.
    /// </summary>
    public static string MarkEvidence(string text, int textStart, IEnumerable<SpanJson> evidence)
    {
        var marks = Merge(evidence
            .Select(e => (Start: Math.Clamp(e.Start - textStart, 0, text.Length), End: Math.Clamp(e.End - textStart, 0, text.Length)))
            .Where(e => e.End > e.Start));
        var html = new StringBuilder();
        AppendMarked(html, text, 0, text.Length, marks);
        return html.ToString();
    }

    private static void AppendMarked(StringBuilder html, string text, int start, int end, List<(int Start, int End)> marks)
    {
        var at = start;
        foreach (var (markStart, markEnd) in marks)
        {
            html.Append(HtmlText.Encode(text[at..markStart]));
            html.Append("<mark>").Append(HtmlText.Encode(text[markStart..markEnd])).Append("</mark>");
            at = markEnd;
        }

        html.Append(HtmlText.Encode(text[at..end]));
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
