using System.Text.Json;
using TosScan.Documents;
using TosScan.Reporting.Reports;
using static TosScan.Tests.Reporting.ReportScenario;

namespace TosScan.Tests.Reporting;

/// <summary>
/// A document the classifier did not read (its language is not one the models cover) is reported
/// "not checked (language xx)" in every report file, never as 0 flags (issue 12, item 5).
/// </summary>
public sealed class NotCheckedReportTests
{
    private const string NotCheckedFr = "not checked (language fr)";

    private static async Task<(ReportResult Result, string Out)> WriteWithFrenchAsync(ReportScenario scenario)
    {
        // Gallia has only a French policy; Alpha gains French community guidelines beside its English documents.
        var gallia = new AnalysedDocumentBuilder("Gallia", DocumentType.PrivacyPolicy, "https://gallia.example/confidentialite", T0)
            .Paragraph("Nous vendons vos données à nos partenaires publicitaires.", "Nous conservons vos photos pour toujours.")
            .NotClassified("fr");
        await ReportStore.AddAsync(scenario.Store, gallia, "Gallia", DocumentType.PrivacyPolicy, "https://gallia.example/confidentialite", T0);
        var guidelines = new AnalysedDocumentBuilder(Alpha, DocumentType.CommunityGuidelines, "https://alpha.example/regles", T0)
            .Paragraph("Soyez respectueux envers les autres membres.")
            .NotClassified("fr");
        await ReportStore.AddAsync(scenario.Store, guidelines, Alpha, DocumentType.CommunityGuidelines, "https://alpha.example/regles", T0);

        var output = scenario.Folder.File("out");
        var result = await new ReportWriter(scenario.Store, scenario.Store, scenario.Time).WriteAsync(new ReportOptions { OutputDirectory = output, Inputs = ["db=scan.db"] }, default);
        return (result, output);
    }

    [Fact]
    public async Task Scorecards_say_not_checked_with_the_language()
    {
        await using var scenario = await CreateAsync();
        var (result, _) = await WriteWithFrenchAsync(scenario);

        var gallia = result.Report.Providers.Single(p => p.Provider == "Gallia");
        Assert.Equal(NotCheckedFr, gallia.NotChecked);
        Assert.Equal(NotCheckedFr, gallia.Documents.Single().NotChecked);
        var alpha = result.Report.Providers.Single(p => p.Provider == Alpha);
        Assert.Equal("community_guidelines: " + NotCheckedFr, alpha.NotChecked);
        Assert.Equal(NotCheckedFr, alpha.Documents.Single(d => d.Citation.DocumentType == "community_guidelines").NotChecked);
        Assert.All(alpha.Documents.Where(d => d.Citation.DocumentType != "community_guidelines"), d => Assert.Null(d.NotChecked));
    }

    [Fact]
    public async Task Report_json_carries_not_checked_for_the_provider_and_the_document()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteWithFrenchAsync(scenario);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Json)));
        var gallia = json.RootElement.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == "Gallia");
        Assert.Equal(NotCheckedFr, gallia.GetProperty("not_checked").GetString());
        Assert.Equal(NotCheckedFr, gallia.GetProperty("documents")[0].GetProperty("not_checked").GetString());
    }

    [Fact]
    public async Task Markdown_shows_not_checked_instead_of_zero_counts()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteWithFrenchAsync(scenario);

        // Markdown cells escape parentheses; the rendered table reads "not checked (language fr)".
        var notChecked = MarkdownText.Cell(NotCheckedFr);
        var md = await File.ReadAllLinesAsync(Path.Combine(output, ReportFiles.Markdown));
        var providerRow = md.Single(l => l.StartsWith("| Gallia | not graded |", StringComparison.Ordinal));
        Assert.Contains(notChecked, providerRow, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0 |", providerRow, StringComparison.Ordinal);
        var documentRow = md.Single(l => l.StartsWith("| Gallia | privacy\\_policy | not graded |", StringComparison.Ordinal));
        Assert.Contains(notChecked, documentRow, StringComparison.Ordinal);
        Assert.DoesNotContain("(0/0/0/0)", documentRow, StringComparison.Ordinal);
        var guidelinesRow = md.Single(l => l.StartsWith("| Alpha | community\\_guidelines | not graded |", StringComparison.Ordinal));
        Assert.Contains(notChecked, guidelinesRow, StringComparison.Ordinal);

        // Alpha's provider row counts its English documents and says which one was not checked.
        var alphaRow = md.Single(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| Alpha \| [A-E] \([A-E]-[A-E]\) \|"));
        Assert.Contains("| 2 |", alphaRow, StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Cell("community_guidelines: " + NotCheckedFr), alphaRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_shows_not_checked_in_the_tables_and_the_chart()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteWithFrenchAsync(scenario);

        var html = await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Html));
        var galliaScores = Row(html, "<tr><td><a href=\"#p-gallia\">Gallia</a></td>");
        Assert.Contains(NotCheckedFr, galliaScores, StringComparison.Ordinal);
        Assert.DoesNotContain(">0<", galliaScores, StringComparison.Ordinal);
        var section = html[html.IndexOf("<section id=\"p-gallia\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains(NotCheckedFr, section, StringComparison.Ordinal);
        Assert.DoesNotContain(">0</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("No clause was flagged", section, StringComparison.Ordinal);
        Assert.DoesNotContain("0 risk</text>", ChartRow(html, "Gallia"), StringComparison.Ordinal);
        Assert.Contains(NotCheckedFr, ChartRow(html, "Gallia"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_scores_csv_leaves_counts_empty_and_names_what_was_not_checked()
    {
        await using var scenario = await CreateAsync();
        var (_, output) = await WriteWithFrenchAsync(scenario);

        var rows = CsvTable.Records(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.ProviderScores)));
        foreach (var row in rows.Where(r => r["provider"] == "Gallia"))
        {
            Assert.Equal(NotCheckedFr, row["not_checked"]);
            foreach (var column in new[] { "risk_flags", "protective_clauses", "risk_flags_per_1000_words", "content_ownership", "third_party_marketing", "machine_risk_flags" })
            {
                Assert.Equal(string.Empty, row[column]);
            }
        }

        var alphaAll = rows.Single(r => r["provider"] == Alpha && r["document_type"] == "all");
        Assert.Equal("2", alphaAll["risk_flags"]);
        // The density is over the words checked: the French guidelines do not dilute it (31.75 without them).
        Assert.Equal("31.75", alphaAll["risk_flags_per_1000_words"]);
        Assert.Equal("community_guidelines: " + NotCheckedFr, alphaAll["not_checked"]);
        Assert.Equal(string.Empty, rows.Single(r => r["provider"] == Alpha && r["document_type"] == "terms_of_service")["not_checked"]);
    }

    private static string Row(string html, string start)
    {
        var at = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, start);
        return html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    /// <summary>The part of the flags chart drawn for one provider: from its name to the next name.</summary>
    private static string ChartRow(string html, string provider)
    {
        var chart = html[html.IndexOf("Flags by provider", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
        var at = chart.IndexOf(">" + provider + "</text>", StringComparison.Ordinal);
        Assert.True(at >= 0, provider);
        var next = chart.IndexOf("text-anchor=\"end\"", at, StringComparison.Ordinal);
        return next < 0 ? chart[at..] : chart[at..next];
    }
}
