using System.Net;
using System.Text;
using TosScan.Reporting.Json;

namespace TosScan.Review;

/// <summary>
/// HTML building helpers. Every piece of text that came from a crawled page or a reviewer goes
/// through <see cref="Encode"/>, so a policy containing markup is shown, never run.
/// </summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>The clause's words with the evidence inside it wrapped in &lt;mark&gt;.</summary>
    public static string MarkEvidence(ClauseJson clause, IEnumerable<SpanJson> evidence)
    {
        // Evidence spans are document offsets; keep the parts inside this clause and merge overlaps.
        var ranges = evidence
            .Select(e => (Start: Math.Max(e.Start, clause.Start) - clause.Start, End: Math.Min(e.End, clause.End) - clause.Start))
            .Where(r => r.Start < r.End && r.End <= clause.Text.Length)
            .OrderBy(r => r.Start)
            .ToList();

        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in ranges)
        {
            if (end <= at)
            {
                continue;
            }

            var from = Math.Max(start, at);
            html.Append(Encode(clause.Text[at..from]));
            html.Append("<mark>").Append(Encode(clause.Text[from..end])).Append("</mark>");
            at = end;
        }

        html.Append(Encode(clause.Text[at..]));
        return html.ToString();
    }
}
