using Microsoft.Data.Sqlite;
using TosScan.Tests.Reporting;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Scan_of_the_bundled_corpus_writes_every_document_and_a_rescan_adds_no_snapshot_or_version()
    {
        using var temp = new TempFolder();
        var db = temp.File("scan.db");
        var output = temp.File("out");

        var first = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", output, "--db", db);

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        var status = File.ReadAllLines(Path.Combine(output, "scan-status.csv"));
        Assert.Equal("provider,document_type,status,reason,url,found_by,language", status[0]);
        var providers = File.ReadAllLines(RepoPaths.ProvidersCsv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
        foreach (var provider in providers)
        {
            Assert.Contains(status, l => l.StartsWith(provider + ",terms_of_service,", StringComparison.Ordinal));
            Assert.Contains(status, l => l.StartsWith(provider + ",privacy_policy,", StringComparison.Ordinal));
        }

        var found = status.Skip(1).Where(l => l.Split(',')[2] == "found").ToList();
        Assert.Equal(providers.Count * 2, found.Count);
        Assert.Contains(found, l => l.Contains(",link,", StringComparison.Ordinal)); // rows without terms_url are discovered from the home page
        foreach (var report in new[] { "report.json", "report.md", "report.html", "clauses.csv", "provider_scores.csv" })
        {
            Assert.True(File.Exists(Path.Combine(output, report)), report);
        }
        foreach (var line in found)
        {
            var cells = line.Split(',');
            var file = Path.Combine(output, "documents", cells[0], cells[1] + ".json");
            Assert.True(File.Exists(file), file);
        }

        // English models and formulas are not applied to the French provider, so it is not graded
        // rather than shown as clean.
        var scores = File.ReadAllLines(Path.Combine(output, "provider_scores.csv"));
        Assert.StartsWith("Bavardo,all,,", scores.Single(l => l.StartsWith("Bavardo,all,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Matches("^Chirpy,all,[A-E],", scores.Single(l => l.StartsWith("Chirpy,all,", StringComparison.Ordinal)));

        // ...and its flag counts say "not checked", never 0 (issue 12, item 5).
        var table = CsvTable.Records(string.Join('\n', scores));
        var bavardo = table.Single(r => r["provider"] == "Bavardo" && r["document_type"] == "all");
        Assert.Equal("not checked (language fr)", bavardo["not_checked"]);
        Assert.Equal(string.Empty, bavardo["risk_flags"]);
        Assert.Contains("not checked \\(language fr\\)", await File.ReadAllTextAsync(Path.Combine(output, "report.md")), StringComparison.Ordinal);
        Assert.Matches("(?m)^Bavardo .* fr .*not checked \\(language fr\\)", first.Out);

        var before = Counts(db);
        var second = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", output, "--db", db);
        Assert.Equal(first.ExitCode, second.ExitCode);
        var after = Counts(db);
        Assert.Equal(before.Snapshots, after.Snapshots);
        Assert.Equal(before.Versions, after.Versions);
        Assert.Equal(before.Fetches * 2, after.Fetches);
    }

    [Fact]
    public async Task A_missing_providers_file_is_bad_input_with_a_one_line_message()
    {
        using var temp = new TempFolder();
        var run = await CliHarness.RunAsync(temp.Path, "scan", "nope.csv", "--db", temp.File("x.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_providers_file_without_the_header_is_bad_input()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"), "provider,homepage\nA,https://a.example\n");
        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--db", temp.File("x.db"), "--out", temp.File("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name,url,terms_url,privacy_url", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_lines_are_reported_by_number_and_the_good_providers_are_still_saved()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content. We never sell your data.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"),
            "name,url,terms_url,privacy_url\n" +
            "Good,,terms.md,\n" +
            ",https://nameless.example,,\n" +
            "Ftp,ftp://files.example/tos,,\n");
        var output = temp.File("out");

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--db", temp.File("x.db"), "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 4", run.Error, StringComparison.Ordinal);
        Assert.Contains("ftp", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "documents", "Good", "terms_of_service.json")));
        var status = await File.ReadAllTextAsync(Path.Combine(output, "scan-status.csv"));
        Assert.Contains("Good,terms_of_service,found", status, StringComparison.Ordinal);
        Assert.Contains("line 3,,failed", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_bad_input_naming_the_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("broken.db"), "this is not a database, just text that is long enough to have a header");
        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--db", temp.File("broken.db"), "--out", temp.File("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.db", run.Error, StringComparison.Ordinal);
    }

    private static (long Fetches, long Snapshots, long Versions) Counts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        return (Count("fetches"), Count("snapshots"), Count("versions"));
    }
}
