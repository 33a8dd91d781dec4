using TosScan.Reporting.Json;
using TosScan.Reporting.Reports;

namespace TosScan.Review;

/// <summary>
/// HTML building helpers. Every piece of text that came from a crawled page or a reviewer goes
/// through <see cref="Encode"/>, so a policy containing markup is shown, never run. The reports
/// and the review screen share one encoder and one evidence highlighter.
/// </summary>
internal static class Html
{
    public static string Encode(string? text) => HtmlText.Encode(text);

    /// <summary>The clause's words with the evidence inside it wrapped in &lt;mark&gt;.</summary>
    public static string MarkEvidence(ClauseJson clause, IEnumerable<SpanJson> evidence) =>
        ClauseHighlighter.MarkEvidence(clause.Text, clause.Start, evidence);
}
