using System.Text.Json;
using TosScan.Reporting.Reports;
using TosScan.Tests.Reporting;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Scan_and_report_of_the_bundled_corpus_write_every_file_for_every_provider()
    {
        using var temp = new TempFolder();
        var db = temp.File("scan.db");
        var scan = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", temp.File("scan-out"), "--db", db);
        Assert.True(scan.ExitCode is 0 or 1, scan.Error);

        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", db, "--out", "report-out");

        Assert.Equal(0, run.ExitCode);
        var output = temp.File("report-out");
        foreach (var file in new[] { ReportFiles.Json, ReportFiles.ProviderScores, ReportFiles.Clauses, ReportFiles.Markdown, ReportFiles.Html })
        {
            Assert.Contains(Path.Combine(output, file), run.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Json)));
        var providers = json.RootElement.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("provider").GetString()!).ToList();
        // Every provider the scan found a document of (the status file says which).
        var expected = File.ReadAllLines(Path.Combine(temp.File("scan-out"), "scan-status.csv")).Skip(1)
            .Select(l => l.Split(',')).Where(c => c[2] == "found").Select(c => c[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count >= 8, string.Join(", ", expected));
        Assert.Equal(expected, providers);
        Assert.Contains("db=" + db, json.RootElement.GetProperty("manifest").GetProperty("inputs")[0].GetString(), StringComparison.Ordinal);

        // scan wrote the same report at its end, limited to its providers list.
        foreach (var file in new[] { ReportFiles.Json, ReportFiles.ProviderScores, ReportFiles.Clauses, ReportFiles.Markdown, ReportFiles.Html })
        {
            Assert.True(File.Exists(Path.Combine(temp.File("scan-out"), file)), file);
        }

        Assert.Equal(expected, Providers(temp.File("scan-out")));
        using var scanJson = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.File("scan-out"), ReportFiles.Json)));
        Assert.Contains(scanJson.RootElement.GetProperty("manifest").GetProperty("inputs").EnumerateArray(), i => i.GetString()!.StartsWith("providers=", StringComparison.Ordinal));

        var md = await File.ReadAllTextAsync(Path.Combine(output, ReportFiles.Markdown));
        Assert.All(expected, provider => Assert.Contains("| " + provider + " |", md, StringComparison.Ordinal));
    }

    [Fact]
    public async Task As_of_a_date_before_the_first_scan_gives_an_empty_report_and_a_later_one_the_scan()
    {
        await using var scenario = await ReportScenario.CreateAsync();
        var db = scenario.DbPath;

        var before = await CliHarness.RunAsync(scenario.Folder.Path, "report", "--db", db, "--out", "before", "--as-of", "2026-02-28");
        var sameDay = await CliHarness.RunAsync(scenario.Folder.Path, "report", "--db", db, "--out", "day", "--as-of", "2026-03-01");
        var instant = await CliHarness.RunAsync(scenario.Folder.Path, "report", "--db", db, "--out", "instant", "--as-of", "2026-03-01T12:30:00Z");

        Assert.Equal(1, before.ExitCode); // an empty report is written, with a warning (see NewcomerTests)
        Assert.Empty(Providers(scenario.Folder.File("before")));
        Assert.Equal([ReportScenario.Alpha, ReportScenario.Hostile], Providers(scenario.Folder.File("day")));
        Assert.Equal([ReportScenario.Alpha], Providers(scenario.Folder.File("instant")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(scenario.Folder.File("day"), ReportFiles.Json)));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), json.RootElement.GetProperty("manifest").GetProperty("as_of").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_missing_database_is_bad_input_and_is_not_created()
    {
        using var temp = new TempFolder();
        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", "none.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.db", run.Error, StringComparison.Ordinal);
        Assert.Contains("tosscan scan", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.db")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_bad_input_naming_it()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("notes.db"), "these are my notes, not a database at all, sorry");
        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", "notes.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(temp.File("notes.db"), run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-45")]
    public async Task An_unreadable_as_of_is_bad_input(string value)
    {
        await using var scenario = await ReportScenario.CreateAsync();
        var run = await CliHarness.RunAsync(scenario.Folder.Path, "report", "--db", scenario.DbPath, "--as-of", value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Providers(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ReportFiles.Json)));
        return [.. json.RootElement.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("provider").GetString()!)];
    }
}
