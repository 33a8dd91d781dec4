using System.Text.Json;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary><c>scan --language</c>: used for documents too short to detect, recorded in each document file.</summary>
public sealed class ScanLanguageTests
{
    [Fact]
    public async Task A_given_language_is_used_for_short_documents_and_recorded()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("providers.csv"), "name,url,terms_url,privacy_url\nTiny,index.html,terms.md,privacy.md\n");
        await File.WriteAllTextAsync(temp.File("index.html"), "<html><body><a href=\"terms.md\">Terms</a></body></html>");
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nWir verkaufen Ihre Daten.\n");
        await File.WriteAllTextAsync(temp.File("privacy.md"), "# Privacy\n\nWe sell your personal data to advertisers.\n");

        var run = await CliHarness.RunAsync(temp.Path, "scan", "providers.csv", "--out", "out", "--db", "scan.db", "--language", "de");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        foreach (var type in new[] { "terms_of_service", "privacy_policy" })
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, "out", "documents", "Tiny", type + ".json")));
            var document = json.RootElement.GetProperty("document");
            Assert.Equal("de", document.GetProperty("language").GetString());
            Assert.Equal("given", document.GetProperty("language_detection").GetProperty("source").GetString());
        }

        Assert.Contains("not checked (language de)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_language_is_bad_usage_before_anything_is_fetched()
    {
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, "scan", "missing.csv", "--language", "english");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language", run.Error, StringComparison.Ordinal);
    }
}
