using System.Text;
using System.Text.Json;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Json_output_has_schema_version_snake_case_keys_and_spans_that_point_at_their_words()
    {
        var page = Path.Combine(RepoPaths.Corpus, "sites", "chirpy", "legal", "terms.html");
        var run = await CliHarness.RunAsync(RepoPaths.Root, "analyze", page, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("terms_of_service", root.GetProperty("document").GetProperty("document_type").GetString());
        Assert.Equal(64, root.GetProperty("document").GetProperty("sha256").GetString()!.Length);
        var text = root.GetProperty("text").GetString()!;
        var blocks = root.GetProperty("structure").EnumerateArray().ToList();
        Assert.Contains(blocks, b => b.GetProperty("kind").GetString() == "heading");
        foreach (var element in blocks.Concat(root.GetProperty("clauses").EnumerateArray()))
        {
            var start = element.GetProperty("start").GetInt32();
            var end = element.GetProperty("end").GetInt32();
            Assert.Equal(element.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task Standard_input_is_read_as_a_document()
    {
        var markdown = Encoding.UTF8.GetBytes("# Privacy\n\nWe keep your photos indefinitely.\n");
        var run = await CliHarness.RunAsync(RepoPaths.Root, markdown, "analyze", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains("indefinitely", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contents_entry_is_navigation_and_is_not_flagged_while_the_section_it_points_to_is()
    {
        // Real policies open with a list of links to their sections; read as a clause, the entry
        // "Keeping Your Information Forever" was flagged as if it kept something.
        var markdown = Encoding.UTF8.GetBytes("""
            # Privacy

            *   [Keeping Your Information Forever](#keeping)
            *   [Contact](#contact)

            ## Keeping Your Information Forever

            We keep your photos indefinitely, even after you delete your account.
            """);
        var run = await CliHarness.RunAsync(RepoPaths.Root, markdown, "analyze", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var clauses = json.RootElement.GetProperty("clauses").EnumerateArray().ToList();
        var entry = Assert.Single(clauses, c => c.GetProperty("kind").GetString() == "navigation" && c.GetProperty("text").GetString() == "Keeping Your Information Forever");
        Assert.Empty(entry.GetProperty("flags").EnumerateArray());
        var body = Assert.Single(clauses, c => c.GetProperty("text").GetString()!.StartsWith("We keep your photos", StringComparison.Ordinal));
        Assert.Contains(body.GetProperty("flags").EnumerateArray(), f => f.GetProperty("label").GetString() == "indefinite_retention");
    }

    [Fact]
    public async Task Text_output_summarises_the_document()
    {
        var page = Path.Combine(RepoPaths.Corpus, "sites", "chirpy", "legal", "privacy.html");
        var run = await CliHarness.RunAsync(RepoPaths.Root, "analyze", page);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("privacy_policy", run.Out, StringComparison.Ordinal);
        Assert.Contains("language:  en", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "missing-file.html")]
    [InlineData("analyze")]
    [InlineData("analyze", "x.html", "--format", "xml")]
    [InlineData("no-such-command")]
    public async Task Bad_usage_exits_2_with_one_line_on_standard_error(params string[] args)
    {
        using var temp = new TempFolder();
        var run = await CliHarness.RunAsync(temp.Path, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        var lines = run.Error.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_pdf_is_bad_input_naming_the_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllBytesAsync(temp.File("policy.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"));
        var run = await CliHarness.RunAsync(temp.Path, "analyze", "policy.pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("policy.pdf", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("scan")]
    public async Task Every_command_has_help(string command)
    {
        var run = await CliHarness.RunAsync(RepoPaths.Root, command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme - Privacy Policy.md", "Acme", "privacy_policy")]
    [InlineData("Acme - Terms of Service.md", "Acme", "terms_of_service")]
    [InlineData("Acme - Community Guidelines.md", "Acme", "community_guidelines")]
    [InlineData("photos.md", "photos", "other")]
    public async Task Provider_and_document_type_are_taken_from_the_file_name(string fileName, string provider, string type)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File(fileName), "# Heading\n\nWe may update these terms from time to time.\n");
        var run = await CliHarness.RunAsync(temp.Path, "analyze", fileName, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal(provider, document.GetProperty("provider").GetString());
        Assert.Equal(type, document.GetProperty("document_type").GetString());
    }
}
