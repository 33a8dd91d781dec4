using System.Text;
using System.Text.Json;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

/// <summary>
/// Inputs that used to end in an unhandled exception (exit 134 and a stack trace): each must be
/// exit 2 with one line on standard error naming the input, or, for line-based input, skip the bad
/// line and keep the rest.
/// </summary>
public sealed class BadInputCommandTests
{
    private static readonly string Models = Path.Combine(RepoPaths.Root, "models");

    // A JSON escape of a lone high surrogate: valid JSON syntax, but no .NET string can hold it as UTF-8.
    private const string LoneSurrogate = "\\ud800";

    [Fact]
    public async Task Classify_skips_a_line_with_a_lone_surrogate_escape_by_number_and_keeps_the_lines_after_it()
    {
        var input = string.Join("\n",
            """{"id": "a", "text": "We never sell your data to advertisers."}""",
            "{\"id\": \"b\", \"text\": \"broken " + LoneSurrogate + " text\"}",
            """{"id": "c", "text": "We keep your messages indefinitely."}""");

        var run = await CliHarness.RunAsync(Path.GetTempPath(), Encoding.UTF8.GetBytes(input), "classify", "--models", Models);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input line 2", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a", "c"], ids);
    }

    [Fact]
    public async Task Evaluate_on_a_lone_surrogate_escape_is_bad_input_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("set.jsonl"),
            """{"id": "a", "text": "We sell your data.", "labels": [], "protective": [], "consent": null}""" + "\n" +
            "{\"id\": \"b\", \"text\": \"x" + LoneSurrogate + "\", \"labels\": [], \"protective\": [], \"consent\": null}\n");

        var run = await CliHarness.RunAsync(temp.Path, "evaluate", "set.jsonl", "--models", Models);

        AssertOneLineBadInput(run, "set.jsonl");
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_on_a_lone_surrogate_escape_is_bad_input_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("corpus"));
        await File.WriteAllTextAsync(Path.Combine(temp.File("corpus"), "bad.jsonl"),
            "{\"id\": \"b\", \"text\": \"x" + LoneSurrogate + "\", \"labels\": [], \"protective\": [], \"consent\": null}\n");

        var run = await CliHarness.RunAsync(temp.Path, "train", "--corpus", "corpus", "--models", "models");

        AssertOneLineBadInput(run, "bad.jsonl");
        Assert.Contains("line 1", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("models")));
    }

    [Fact]
    public async Task A_declaration_with_a_lone_surrogate_escape_is_bad_input_naming_the_file()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("declarations"));
        await File.WriteAllTextAsync(Path.Combine(temp.File("declarations"), "Chirpy.json"),
            "{\"name\": \"Chirpy" + LoneSurrogate + "\", \"terms\": {\"Terms of Service\": {\"fetch\": \"https://chirpy.example/terms\", \"select\": \"main\"}}}");

        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--declarations", "declarations", "--db", temp.File("x.db"), "--out", temp.File("out"));

        AssertOneLineBadInput(run, "Chirpy.json");
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("missing/out.jsonl")]
    public async Task Classify_output_to_a_folder_or_into_a_missing_folder_is_bad_input(string output)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("folder"));
        await File.WriteAllTextAsync(temp.File("in.jsonl"), """{"id": "a", "text": "We sell your data."}""" + "\n");

        var run = await CliHarness.RunAsync(temp.Path, "classify", "--input", "in.jsonl", "--output", output, "--models", Models);

        AssertOneLineBadInput(run, output);
    }

    [Fact]
    public async Task Evaluate_given_a_folder_is_bad_input()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("sets"));

        var run = await CliHarness.RunAsync(temp.Path, "evaluate", "sets", "--models", Models);

        AssertOneLineBadInput(run, "sets");
        Assert.Contains("folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_into_an_existing_file_is_refused_before_any_training()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("models.txt"), "not a folder");

        var run = await CliHarness.RunAsync(temp.Path, "train", "--corpus", Path.Combine(RepoPaths.Corpus, "clauses"), "--models", "models.txt");

        AssertOneLineBadInput(run, "models.txt");
        Assert.DoesNotContain("training on", run.Error, StringComparison.Ordinal);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(temp.File("models.txt")));
    }

    [Theory]
    [InlineData("--paragraph-calibration", "marketing", "marketing")]
    [InlineData("--cascade-quantile", "2", "CascadeQuantile")]
    public async Task A_training_option_out_of_its_range_is_bad_input_before_anything_is_trained(string option, string value, string named)
    {
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, "train", "--corpus", Path.Combine(RepoPaths.Corpus, "clauses"), "--models", "models", "--corpus-only", option, value);

        AssertOneLineBadInput(run, named);
        Assert.DoesNotContain("training on", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("models")));
    }

    [Fact]
    public async Task Report_out_given_a_file_is_bad_input()
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);
        await File.WriteAllTextAsync(temp.File("taken"), "a file");

        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", db, "--out", "taken");

        AssertOneLineBadInput(run, "taken");
    }

    [Fact]
    public async Task Report_out_under_an_unwritable_folder_is_bad_input()
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);
        Directory.CreateDirectory(temp.File("locked"));
        using var locked = new ReadOnlyPath(temp.File("locked"));

        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", db, "--out", Path.Combine("locked", "out"));

        AssertOneLineBadInput(run, "locked");
    }

    [Fact]
    public async Task Scan_out_given_a_file_is_refused_before_anything_is_fetched()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("taken"), "a file");

        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", "taken", "--db", temp.File("x.db"));

        AssertOneLineBadInput(run, "taken");
        Assert.False(File.Exists(temp.File("x.db")), "the store was opened, so work had started");
    }

    [Fact]
    public async Task Scan_out_under_an_unwritable_folder_is_refused_before_anything_is_fetched()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("locked"));
        using var locked = new ReadOnlyPath(temp.File("locked"));

        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", Path.Combine("locked", "out"), "--db", temp.File("x.db"));

        AssertOneLineBadInput(run, "locked");
        Assert.False(File.Exists(temp.File("x.db")), "the store was opened, so work had started");
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task Report_as_of_a_date_far_in_the_future_is_bad_input(string asOf)
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);

        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", db, "--out", "out", "--as-of", asOf);

        AssertOneLineBadInput(run, "--as-of");
        Assert.Contains("future", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task History_of_an_empty_provider_name_is_bad_input(string provider)
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);

        var run = await CliHarness.RunAsync(temp.Path, "history", provider, "--db", db);

        AssertOneLineBadInput(run, "provider");
    }

    [Fact]
    public async Task Readability_takes_an_unknown_flag_for_an_unknown_option_not_a_file_name()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("x.md"), "# Terms\n\nYou keep your content.\n");

        var run = await CliHarness.RunAsync(temp.Path, "readability", "x.md", "--zzz");

        AssertOneLineBadInput(run, "--zzz");
        Assert.Contains("unknown option", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task An_unknown_command_is_named_and_the_commands_are_listed()
    {
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, "frobnicate");

        AssertOneLineBadInput(run, "frobnicate");
        Assert.Contains("unknown command", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", run.Error, StringComparison.Ordinal);
        foreach (var command in new[] { "analyze", "scan", "report", "diff" })
        {
            Assert.Contains(command, run.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("readability")]
    public async Task A_folder_given_as_a_document_is_reported_as_a_folder(string command)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("docs"));

        var run = await CliHarness.RunAsync(temp.Path, command, "docs");

        AssertOneLineBadInput(run, "docs");
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://[::1")]
    [InlineData("https://exa mple.com/terms")]
    public async Task A_malformed_url_is_bad_input_not_a_local_path(string url)
    {
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, "analyze", url);

        AssertOneLineBadInput(run, url);
        Assert.Contains("not a valid URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_of_another_scheme_is_refused_by_name_and_a_file_url_is_read_as_a_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms #1.md"), "# Terms\n\nYou keep ownership of your content.\n");

        var ftp = await CliHarness.RunAsync(temp.Path, "analyze", "ftp://files.example/terms");
        var file = await CliHarness.RunAsync(temp.Path, "analyze", new Uri(temp.File("terms #1.md")).AbsoluteUri);
        var plain = await CliHarness.RunAsync(temp.Path, "analyze", "terms #1.md");

        AssertOneLineBadInput(ftp, "only http and https");
        Assert.True(file.ExitCode == 0, file.Error);
        Assert.True(plain.ExitCode == 0, plain.Error);
    }

    [Fact]
    public async Task Reextract_on_a_read_only_store_is_bad_input_with_one_line()
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);
        using var readOnly = new ReadOnlyPath(db);

        var run = await CliHarness.RunAsync(temp.Path, "reextract", "--db", db);

        AssertOneLineBadInput(run, "x.db");
        Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_into_a_read_only_store_is_refused_before_anything_is_fetched()
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);
        using var readOnly = new ReadOnlyPath(db);

        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--db", db, "--out", "out");

        AssertOneLineBadInput(run, "x.db");
        Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.File("out"), "scan-status.csv")), "the scan ran before the store was found read-only");
    }

    [Fact]
    public async Task Review_on_a_read_only_store_is_refused_at_start_not_with_a_500_per_decision()
    {
        using var temp = new TempFolder();
        var db = await EmptyStoreAsync(temp);
        using var readOnly = new ReadOnlyPath(db);

        var review = CliHarness.RunAsync(temp.Path, "review", "--db", db, "--port", "0");
        var finished = await Task.WhenAny(review, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.True(finished == review, "review started serving on a read-only store");
        AssertOneLineBadInput(await review, "x.db");
        Assert.Contains("read-only", (await review).Error, StringComparison.Ordinal);
    }

    internal static void AssertOneLineBadInput(CliHarness.Run run, string named)
    {
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    internal static async Task<string> EmptyStoreAsync(TempFolder temp)
    {
        var db = temp.File("x.db");
        await using (await SqliteScanStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
        }

        return db;
    }
}
