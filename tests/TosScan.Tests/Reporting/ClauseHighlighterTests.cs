using TosScan.Reporting.Json;
using TosScan.Reporting.Reports;

namespace TosScan.Tests.Reporting;

public sealed class ClauseHighlighterTests
{
    [Fact]
    public void Clause_and_overlapping_evidence_are_wrapped_and_every_piece_is_escaped()
    {
        const string context = "Intro <b>. We sell & share data <now>. Tail.";
        var clauseStart = 100 + context.IndexOf("We", StringComparison.Ordinal);
        var clauseEnd = 100 + context.IndexOf(" Tail", StringComparison.Ordinal);
        SpanJson[] evidence = [new(clauseStart + 3, clauseStart + 15, "sell & share"), new(clauseStart + 10, clauseStart + 20, "share data")];

        var html = ClauseHighlighter.Render(context, 100, clauseStart, clauseEnd, evidence, "hl-risk");

        Assert.Equal(
            "Intro &lt;b&gt;. <span class=\"hl-risk\">We <mark>sell &amp; share data</mark> &lt;now&gt;.</span> Tail.",
            html);
    }

    [Fact]
    public void Spans_outside_the_context_are_clamped_instead_of_throwing()
    {
        var html = ClauseHighlighter.Render("abc", 10, 5, 50, [new SpanJson(0, 100, "x")], "hl-risk");
        Assert.Equal("<span class=\"hl-risk\"><mark>abc</mark></span>", html);
    }
}
