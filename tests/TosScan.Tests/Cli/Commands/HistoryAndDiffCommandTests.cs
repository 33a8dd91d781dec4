using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary><c>tosscan history</c> and <c>tosscan diff --provider</c> on a real SQLite store.</summary>
public sealed class HistoryAndDiffCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset March = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset September = new(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private const string Keep = "We keep your posts while your account is open.";
    private const string KeepForever = "We keep your posts forever, even after your account is closed.";
    private const string Sell = "We sell your email address to advertisers.";
    private const string Ownership = "You own what you post.";

    private readonly TempFolder _folder = new();

    private string Db => _folder.File("history.db");

    public void Dispose() => _folder.Dispose();

    public async Task InitializeAsync()
    {
        await using var store = await SqliteScanStore.OpenAsync(Db, new FakeTimeProvider(March), default);
        await AnalysedVersions.SaveAsync(store, Terms(Ownership, Keep).Build(March));
        await AnalysedVersions.SaveAsync(store, Terms(Ownership, Keep, "We may change these terms.").Build(June));
        await AnalysedVersions.SaveAsync(store, Terms(Ownership, KeepForever, Sell)
            .Flag(KeepForever, "indefinite_retention", "forever")
            .Flag(Sell, "third_party_marketing", "sell your email address")
            .Build(September));
        await AnalysedVersions.SaveAsync(store, new DocumentBuilder("Chirpy", DocumentType.PrivacyPolicy).Paragraph("We collect little.").Build(June));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DocumentBuilder Terms(params string[] sentences) =>
        new DocumentBuilder("Chirpy", DocumentType.TermsOfService).Heading("Your posts").Paragraph(sentences);

    [Fact]
    public async Task History_lists_every_version_of_each_document_with_its_date()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "history", "Chirpy", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Chirpy", lines[0]);
        Assert.Equal("  terms_of_service (3 versions)", lines[1]);
        Assert.StartsWith("    2025-03-01 09:00:00Z  version ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("    2025-06-01 09:00:00Z  version ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("    2025-09-01 09:00:00Z  version ", lines[4], StringComparison.Ordinal);
        Assert.EndsWith("current", lines[4], StringComparison.Ordinal);
        Assert.Equal("  privacy_policy (1 version)", lines[5]);
    }

    [Fact]
    public async Task History_as_JSON_carries_dates_hashes_and_whether_each_version_was_analysed()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "history", "chirpy", "--db", Db, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("Chirpy", root.GetProperty("provider").GetString());
        var terms = root.GetProperty("documents")[0];
        Assert.Equal("terms_of_service", terms.GetProperty("type").GetString());
        var versions = terms.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([March, June, September], versions.Select(v => v.GetProperty("retrieved_at").GetDateTimeOffset()));
        Assert.All(versions, v => Assert.True(v.GetProperty("analysed").GetBoolean()));
        Assert.All(versions, v => Assert.Equal(64, v.GetProperty("text_sha256").GetString()!.Length));
    }

    [Fact]
    public async Task Diff_compares_the_two_newest_versions_and_names_the_flags_that_appeared()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "diff", "--provider", "Chirpy", "--type", "terms_of_service", "--db", Db, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var diff = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("diffs").EnumerateArray());
        Assert.Equal(June, diff.GetProperty("old").GetProperty("retrieved_at").GetDateTimeOffset());
        Assert.Equal(September, diff.GetProperty("new").GetProperty("retrieved_at").GetDateTimeOffset());
        Assert.Equal([Sell], Texts(diff.GetProperty("added")));
        Assert.Equal(["We may change these terms."], Texts(diff.GetProperty("removed")));
        var changed = Assert.Single(diff.GetProperty("changed").EnumerateArray());
        Assert.Equal(Keep, changed.GetProperty("old").GetProperty("text").GetString());
        Assert.Equal(KeepForever, changed.GetProperty("new").GetProperty("text").GetString());

        var appeared = diff.GetProperty("flags_appeared").EnumerateArray()
            .Select(f => (f.GetProperty("label").GetString(), f.GetProperty("cause").GetString(), f.GetProperty("new_clause").GetProperty("text").GetString()))
            .ToList();
        Assert.Equal([("indefinite_retention", "clause_changed", KeepForever), ("third_party_marketing", "clause_added_or_removed", Sell)], appeared);
        Assert.Empty(diff.GetProperty("flags_disappeared").EnumerateArray());
    }

    [Fact]
    public async Task Diff_as_text_shows_the_changes_and_notes_documents_with_one_version()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "diff", "--provider", "Chirpy", "--db", Db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("clauses: 1 added, 1 removed, 1 changed, 2 unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains($"  + indefinite_retention (clause reworded) new #2: {KeepForever}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"  + new #3 [Your posts]: {Sell}  {{third_party_marketing}}", run.Out, StringComparison.Ordinal);
        Assert.Contains("privacy_policy: only one version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_a_document_with_one_version_is_bad_input_saying_so()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "diff", "--provider", "Chirpy", "--type", "privacy_policy", "--db", Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only one version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_is_bad_input_listing_the_known_ones()
    {
        var history = await CliHarness.RunAsync(_folder.Path, "history", "Nobody", "--db", Db);
        var diff = await CliHarness.RunAsync(_folder.Path, "diff", "--provider", "Nobody", "--db", Db);

        Assert.Equal((2, 2), (history.ExitCode, diff.ExitCode));
        Assert.Contains("no stored versions of provider 'Nobody'; known providers: Chirpy", history.Error, StringComparison.Ordinal);
        Assert.Contains("'Nobody'", diff.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "only-one-file.md")]
    [InlineData("diff", "a.md", "b.md", "--provider", "Chirpy")]
    public async Task Diff_needs_either_a_provider_or_two_files(params string[] args)
    {
        var run = await CliHarness.RunAsync(_folder.Path, [.. args, "--db", Db]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("either --provider NAME or two files", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_a_missing_file_is_bad_input_naming_it()
    {
        await File.WriteAllTextAsync(_folder.File("new.md"), "# Terms\n\nWe keep your posts.\n");
        var run = await CliHarness.RunAsync(_folder.Path, "diff", "old.md", "new.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("old.md", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_two_files_runs_both_through_the_pipeline()
    {
        await File.WriteAllTextAsync(_folder.File("old.md"), "# Your posts\n\nWe keep your posts while your account is open. You own what you post.\n");
        await File.WriteAllTextAsync(_folder.File("new.md"), "# Your posts\n\nWe keep your posts forever, even after your account is closed, while your account is open. You own what you post.\n\n# Ads\n\nWe sell your email address to advertisers.\n");

        var run = await CliHarness.RunAsync(_folder.Path, "diff", "old.md", "new.md", "--type", "terms_of_service");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("new terms_of_service", run.Out, StringComparison.Ordinal);
        Assert.Contains("clauses: 2 added, 0 removed, 1 changed, 2 unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains("  + new #4 [Ads]: We sell your email address to advertisers.", run.Out, StringComparison.Ordinal);
        Assert.Contains("    - We keep your posts while your account is open.", run.Out, StringComparison.Ordinal);
    }

    private static string[] Texts(JsonElement clauses) => [.. clauses.EnumerateArray().Select(c => c.GetProperty("text").GetString()!)];
}
