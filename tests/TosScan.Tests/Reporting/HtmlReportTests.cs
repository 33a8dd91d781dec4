using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TosScan.Reporting.Reports;
using static TosScan.Tests.Reporting.ReportScenario;

namespace TosScan.Tests.Reporting;

/// <summary>The HTML report read back with a real HTML parser, as a browser would build its DOM.</summary>
public sealed class HtmlReportTests
{
    private static async Task<IDocument> WriteAndParseAsync(ReportScenario scenario) => (await WriteAndParseWithReportAsync(scenario)).Document;

    private static async Task<(IDocument Document, ScanReport Report)> WriteAndParseWithReportAsync(ReportScenario scenario)
    {
        var output = scenario.Folder.File("out");
        var result = await new ReportWriter(scenario.Store, scenario.Store, scenario.Time).WriteAsync(new ReportOptions { OutputDirectory = output }, default);
        var html = await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Html));
        return (await new HtmlParser().ParseDocumentAsync(html), result.Report);
    }

    [Fact]
    public async Task Hostile_page_text_is_shown_as_text_and_nothing_can_run()
    {
        await using var scenario = await CreateAsync();
        using var document = await WriteAndParseAsync(scenario);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => !(a.GetAttribute("href") ?? string.Empty).StartsWith('#'));

        // The words are still there, as text.
        Assert.Contains("<script>alert('pwned')</script>", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("h2"), h => h.TextContent.StartsWith(Hostile, StringComparison.Ordinal));

        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flagged_clauses_are_highlighted_in_their_paragraph_with_evidence_marked()
    {
        await using var scenario = await CreateAsync();
        using var document = await WriteAndParseAsync(scenario);

        var marks = document.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Contains("perpetual, irrevocable licence", marks);
        Assert.Contains("share data with our partners", marks);
        Assert.Contains("Pipes | break", marks);

        var ownership = document.QuerySelectorAll("div.clause").Single(d => d.TextContent.Contains(OwnershipClause, StringComparison.Ordinal) && d.QuerySelector(".badge")!.TextContent.StartsWith("content_ownership", StringComparison.Ordinal));
        var highlighted = ownership.QuerySelector("span.hl-risk")!;
        Assert.Equal(OwnershipClause, highlighted.TextContent);

        // Context: the rest of the paragraph is shown around the clause.
        var paragraph = ownership.QuerySelector("p.ctx")!.TextContent;
        Assert.StartsWith("Welcome to Alpha. ", paragraph, StringComparison.Ordinal);
        Assert.EndsWith("You keep ownership of what you post.", paragraph, StringComparison.Ordinal);
        Assert.Contains("confirmed by policy-officer-1", ownership.TextContent, StringComparison.Ordinal);

        var rejected = document.QuerySelectorAll("div.clause").Single(d => d.TextContent.Contains(RetentionClause, StringComparison.Ordinal) && d.QuerySelector(".badge")!.TextContent.StartsWith("indefinite_retention", StringComparison.Ordinal));
        Assert.Contains("off", rejected.QuerySelector(".badge")!.ClassList);
    }

    [Fact]
    public async Task Charts_are_inline_svg_with_one_bar_label_per_provider()
    {
        await using var scenario = await CreateAsync();
        var (document, report) = await WriteAndParseWithReportAsync(scenario);
        using var _ = document;
        var alphaGrade = report.Providers.Single(p => p.Provider == Alpha).FleschKincaidGrade!.Value;

        var charts = document.QuerySelectorAll("figure svg").ToList();
        Assert.Equal(2, charts.Count);
        Assert.Contains("Readability", charts[0].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains(charts[0].QuerySelectorAll("text"), t => t.TextContent == alphaGrade.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(charts[0].QuerySelectorAll("text"), t => t.TextContent == "not scored");
        Assert.Contains(charts[1].QuerySelectorAll("text"), t => t.TextContent == Hostile);
        Assert.Contains(charts[1].QuerySelectorAll("text"), t => t.TextContent == "3 risk");
        Assert.Empty(document.QuerySelectorAll("link, iframe, object, embed"));
    }
}
