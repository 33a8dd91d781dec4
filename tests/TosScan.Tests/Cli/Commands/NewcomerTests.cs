using System.Text.Json;
using TosScan.Reporting.Reports;
using TosScan.Tests.Reporting;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

/// <summary>What a newcomer trips on (issue 14): misleading numbers, words and exit codes.</summary>
public sealed class NewcomerTests
{
    private const string EnglishTerms = """
        # Terms of Service

        By posting content on the service, you grant us a worldwide, perpetual, irrevocable licence to use, copy and sell it.

        We share your personal information with advertising partners so they can show you ads.

        You can close your account at any time from the settings page. We keep your messages for as long as we like.
        """;

    private const string GermanTerms = """
        # Nutzungsbedingungen

        Indem du Inhalte auf dem Dienst veröffentlichst, gewährst du uns eine weltweite, unbefristete und unwiderrufliche Lizenz, sie zu nutzen, zu kopieren und zu verkaufen.

        Wir geben deine personenbezogenen Daten an Werbepartner weiter, damit sie dir Werbung zeigen können.

        Du kannst dein Konto jederzeit in den Einstellungen schließen. Wir bewahren deine Nachrichten so lange auf, wie wir möchten.
        """;

    [Fact]
    public async Task Diff_across_a_change_of_language_says_so_and_does_not_count_flags_as_appeared()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("Chirpy - Terms of Service - 2022.md"), GermanTerms);
        await File.WriteAllTextAsync(temp.File("Chirpy - Terms of Service - 2026.md"), EnglishTerms);

        var text = await CliHarness.RunAsync(temp.Path, "diff", "Chirpy - Terms of Service - 2022.md", "Chirpy - Terms of Service - 2026.md");
        var json = await CliHarness.RunAsync(temp.Path, "diff", "Chirpy - Terms of Service - 2022.md", "Chirpy - Terms of Service - 2026.md", "--format", "json");

        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("language changed (de -> en)", text.Out, StringComparison.Ordinal);
        Assert.Contains("not comparable", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("appeared", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var diff = document.RootElement.GetProperty("diffs")[0];
        Assert.True(diff.GetProperty("language_changed").GetBoolean());
        Assert.Equal("de", diff.GetProperty("old").GetProperty("language").GetString());
        Assert.Equal("en", diff.GetProperty("new").GetProperty("language").GetString());
    }

    [SharedDataFact]
    public async Task Diff_of_the_German_2022_and_English_2026_TikTok_terms_says_the_language_changed()
    {
        var run = await CliHarness.RunAsync(SharedData.RealDocsHistory, "diff", "TikTok - Terms of Service - 2022-09-05.md", "TikTok - Terms of Service - 2026-07-29.md");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("language changed (de -> en)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("flags appeared", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("different models", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_two_files_guesses_the_provider_and_document_type_as_analyze_does()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("Chirpy - Terms of Service - 2025.md"), EnglishTerms);
        await File.WriteAllTextAsync(temp.File("Chirpy - Terms of Service - 2026.md"), EnglishTerms + "\nWe never sell your data.\n");

        var run = await CliHarness.RunAsync(temp.Path, "diff", "Chirpy - Terms of Service - 2025.md", "Chirpy - Terms of Service - 2026.md", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        var side = document.RootElement.GetProperty("diffs")[0].GetProperty("new");
        Assert.Equal("Chirpy", side.GetProperty("provider").GetString());
        Assert.Equal("terms_of_service", side.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_privacy_url_left_empty_without_a_home_page_is_not_requested_and_the_scan_succeeds()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), EnglishTerms);
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--db", temp.File("x.db"), "--out", "out");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var status = await File.ReadAllTextAsync(Path.Combine(temp.File("out"), "scan-status.csv"));
        Assert.Contains("Alpha,privacy_policy,not_requested,", status, StringComparison.Ordinal);
        Assert.Contains("Alpha,terms_of_service,found,", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_numbers_versions_within_the_document_and_counts_read_in_the_singular()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("alpha.md"), EnglishTerms);
        await File.WriteAllTextAsync(temp.File("beta.md"), EnglishTerms + "\nWe never sell your data.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,alpha.md,\nBeta,,beta.md,\n");
        var scan = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--db", temp.File("x.db"), "--out", "out", "--max-parallel-providers", "1");
        Assert.True(scan.ExitCode == 0, scan.Error);

        var history = await CliHarness.RunAsync(temp.Path, "history", "Beta", "--db", temp.File("x.db"));

        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Contains("(1 version)", history.Out, StringComparison.Ordinal);
        Assert.Contains("  version 1  ", history.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("  version 2  ", history.Out, StringComparison.Ordinal); // Beta's version is the store's second

        await File.WriteAllTextAsync(temp.File("one.csv"), "name,url,terms_url,privacy_url\nAlpha,,alpha.md,\n");
        var report = await CliHarness.RunAsync(temp.Path, "report", "--db", temp.File("x.db"), "--out", "report");
        Assert.Contains("report: 2 providers, 2 documents,", report.Error, StringComparison.Ordinal);
        var single = await CliHarness.RunAsync(temp.Path, "scan", "one.csv", "--db", temp.File("one.db"), "--out", "one");
        Assert.True(single.ExitCode == 0, single.Error);
        var singleReport = await CliHarness.RunAsync(temp.Path, "report", "--db", temp.File("one.db"), "--out", "one-report");
        Assert.Contains("report: 1 provider, 1 document,", singleReport.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 2 documents found", single.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_as_of_a_date_before_the_first_scan_warns_and_exits_1()
    {
        await using var scenario = await ReportScenario.CreateAsync();

        var run = await CliHarness.RunAsync(scenario.Folder.Path, "report", "--db", scenario.DbPath, "--out", "before", "--as-of", "2026-02-28");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning: no document", run.Error, StringComparison.Ordinal);
        Assert.Contains("--as-of 2026-02-28T23:59:59Z", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_export_to_standard_output_says_how_many_clauses_even_when_there_are_none()
    {
        using var temp = new TempFolder();
        var db = await BadInputCommandTests.EmptyStoreAsync(temp);

        var run = await CliHarness.RunAsync(temp.Path, "review", "--db", db, "--export", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("wrote 0 reviewed clauses to standard output", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "clauses-abc", "none" }, "clauses-abc (some documents not classified: not in English)")]
    [InlineData(new[] { "clauses-abc" }, "clauses-abc")]
    [InlineData(new[] { "none" }, "none (no document was classified)")]
    [InlineData(new string[0], "none (no document was classified)")]
    public void The_report_header_never_lists_none_as_if_it_were_a_model(string[] versions, string expected) =>
        Assert.Equal(expected, ReportText.Models(versions));
}
