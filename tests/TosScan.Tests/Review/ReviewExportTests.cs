using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Review;

/// <summary><c>tosscan review --export</c>: decisions become LABELS.md training lines.</summary>
public sealed class ReviewExportTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private const string Confirmed = "We may keep your posts forever.";
    private const string Relabelled = "We delete your posts within 30 days of account deletion.";
    private const string Rejected = "We keep your data as long as needed to run the service.";
    private const string Added = "We sell your email address to advertisers.";
    private const string ChangedMind = "We share usage data with ad partners.";
    private const string Mixed = "You keep ownership of your posts and we never sell them to marketers.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_writes_one_LABELS_md_line_per_clause_with_the_newest_word_on_each_label()
    {
        var db = _folder.File("export.db");
        await using (var store = await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(T0), default))
        {
            await Decide(store, Confirmed, "content_ownership", "confirmed", 1);
            await Decide(store, Confirmed, "indefinite_retention", "confirmed", 2);
            await Decide(store, Relabelled, "indefinite_retention", "relabelled", 3, newLabel: "bounded_retention");
            await Decide(store, Rejected, "indefinite_retention", "rejected", 4);
            await Decide(store, Added, "third_party_marketing", "added", 5);
            await Decide(store, ChangedMind, "third_party_marketing", "confirmed", 6);
            await Decide(store, ChangedMind, "third_party_marketing", "rejected", 7);
            await Decide(store, Mixed, "protects_ownership", "added", 8);
            await Decide(store, Mixed, "no_marketing_sharing", "added", 9);
            await Decide(store, Mixed, "content_ownership", "rejected", 10);
        }

        var output = _folder.File("reviewed.jsonl");
        var run = await CliHarness.RunAsync(_folder.Path, "review", "--db", db, "--export", "reviewed.jsonl");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("wrote 6 reviewed clauses", run.Error, StringComparison.Ordinal);

        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(6, lines.Length);
        var rows = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var row in rows)
        {
            Assert.Equal(["id", "text", "labels", "protective", "consent"], row.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Null, row.GetProperty("consent").ValueKind);
            Assert.StartsWith("review-", row.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        // A clause whose every flag was rejected is a negative example: no label at all.
        Assert.Equal([Confirmed, Relabelled, Rejected, Added, ChangedMind, Mixed], rows.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(["content_ownership", "indefinite_retention"], Strings(rows[0], "labels"));
        Assert.Empty(Strings(rows[0], "protective"));
        Assert.Empty(Strings(rows[1], "labels"));
        Assert.Equal(["bounded_retention"], Strings(rows[1], "protective"));
        Assert.Empty(Strings(rows[2], "labels"));
        Assert.Empty(Strings(rows[2], "protective"));
        Assert.Equal(["third_party_marketing"], Strings(rows[3], "labels"));
        Assert.Empty(Strings(rows[4], "labels"));
        Assert.Empty(Strings(rows[4], "protective"));
        Assert.Empty(Strings(rows[5], "labels"));
        Assert.Equal(["no_marketing_sharing", "protects_ownership"], Strings(rows[5], "protective"));
        Assert.Equal($"review-{ClauseKeys.For(Confirmed)[..16]}", rows[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Export_to_standard_output_and_of_an_empty_review_history()
    {
        var db = _folder.File("empty.db");
        await using (await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(T0), default))
        {
        }

        var run = await CliHarness.RunAsync(_folder.Path, "review", "--db", db, "--export", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Review_of_a_missing_store_is_bad_input_naming_the_path()
    {
        var run = await CliHarness.RunAsync(_folder.Path, "review", "--db", "nowhere.db", "--export", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.db", run.Error, StringComparison.Ordinal);
        Assert.Contains("tosscan scan", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("nowhere.db")));
    }

    [Fact]
    public async Task Review_on_a_port_that_is_taken_is_bad_input_naming_the_port()
    {
        var db = _folder.File("port.db");
        await using (await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(T0), default))
        {
        }

        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = CliHarness.RunAsync(_folder.Path, "review", "--db", db, "--port", port);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "tosscan review kept running on a port that was taken");
        var result = await run;
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("--port", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public async Task Review_with_a_port_out_of_range_is_bad_input(string port)
    {
        var db = _folder.File("range.db");
        await using (await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(T0), default))
        {
        }

        var run = await CliHarness.RunAsync(_folder.Path, "review", "--db", db, "--port", port);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--port must be between 0 and 65535", run.Error, StringComparison.Ordinal);
    }

    private static Task<ReviewDecision> Decide(SqliteScanStore store, string clause, string label, string decision, int minutes, string? newLabel = null) =>
        store.AddDecisionAsync(new ReviewDecision("Chirpy", DocumentType.TermsOfService, ClauseKeys.For(clause), clause, label, decision, newLabel, "Ada", null, T0.AddMinutes(minutes)), default);

    private static string[] Strings(JsonElement row, string property) => [.. row.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
