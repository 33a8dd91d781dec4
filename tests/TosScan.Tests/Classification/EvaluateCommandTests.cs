using System.Text.Json;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Classification;

public sealed class EvaluateCommandTests
{
    private static readonly string Models = ClassifierFixture.ModelsDirectory;

    [Fact]
    public async Task Filters_rows_prints_intervals_and_fails_under_a_figure()
    {
        using var dir = new TempFolder();
        string[] rows =
        [
            """{"id": "1", "text": "We sell your data to advertisers.", "labels": ["third_party_marketing"], "protective": [], "consent": "none", "keep": true}""",
            """{"id": "2", "text": "We never sell your data to advertisers.", "labels": [], "protective": ["no_marketing_sharing"], "consent": null, "keep": true}""",
            """{"id": "3", "text": "These terms are governed by the laws of Ireland.", "labels": [], "protective": [], "consent": null, "keep": true}""",
            """{"id": "4", "text": "We keep your messages indefinitely.", "labels": ["third_party_marketing"], "protective": [], "consent": null, "keep": false}""",
        ];
        await File.WriteAllLinesAsync(Path.Combine(dir.Path, "set.jsonl"), rows);

        var json = await CliHarness.RunAsync(dir.Path, "evaluate", "set.jsonl", "--where", "keep=true", "--label", "third_party_marketing", "--format", "json", "--models", Models);
        var failing = await CliHarness.RunAsync(dir.Path, "evaluate", "set.jsonl", "--label", "third_party_marketing", "--fail-under", "0.9", "--models", Models);

        Assert.Equal(0, json.ExitCode);
        var record = JsonDocument.Parse(json.Out).RootElement[0];
        Assert.Equal(3, record.GetProperty("rows").GetInt32());
        var metrics = record.GetProperty("labels").GetProperty("third_party_marketing");
        Assert.Equal(1, metrics.GetProperty("positives").GetInt32());
        Assert.Equal(1.0, metrics.GetProperty("f1").GetDouble());
        Assert.True(metrics.TryGetProperty("f1_low", out _));
        var calibration = record.GetProperty("calibration").GetProperty("third_party_marketing");
        Assert.InRange(calibration.GetProperty("brier").GetDouble(), 0, 1);
        Assert.Equal(3, calibration.GetProperty("bins").EnumerateArray().Sum(b => b.GetProperty("rows").GetInt32()));

        // Row 4 is a (deliberately wrong) positive the model misses: F1 0.667 < 0.9.
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("third_party_marketing", failing.Error, StringComparison.Ordinal);
        Assert.Contains("95% interval", failing.Out, StringComparison.Ordinal);
        Assert.Contains("calibration", failing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_field_judges_whole_documents_as_well_as_rows()
    {
        using var dir = new TempFolder();
        string[] rows =
        [
            """{"id": "a1", "text": "We sell your data to advertisers.", "labels": ["third_party_marketing"], "protective": [], "consent": "none", "policy": "alpha"}""",
            """{"id": "a2", "text": "These terms are governed by the laws of Ireland.", "labels": [], "protective": [], "consent": null, "policy": "alpha"}""",
            """{"id": "b1", "text": "You must be at least 13 years old to use the service.", "labels": [], "protective": [], "consent": null, "policy": "beta"}""",
            """{"id": "c1", "text": "We rent your email address to data brokers for their marketing.", "labels": [], "protective": [], "consent": null, "policy": "gamma"}""",
            """{"id": "c2", "text": "Our partners may send you offers after we pass them your contact details.", "labels": [], "protective": [], "consent": null, "policy": "gamma"}""",
        ];
        await File.WriteAllLinesAsync(Path.Combine(dir.Path, "set.jsonl"), rows);

        var json = await CliHarness.RunAsync(dir.Path, "evaluate", "set.jsonl", "--by", "policy", "--label", "third_party_marketing", "--format", "json", "--models", Models);
        var text = await CliHarness.RunAsync(dir.Path, "evaluate", "set.jsonl", "--by", "policy", "--label", "third_party_marketing", "--models", Models);

        Assert.Equal(0, json.ExitCode);
        var record = JsonDocument.Parse(json.Out).RootElement[0];
        var rowLevel = record.GetProperty("labels").GetProperty("third_party_marketing");
        Assert.Equal(3, rowLevel.GetProperty("predicted").GetInt32());
        var documents = record.GetProperty("documents");
        Assert.Equal("policy", documents.GetProperty("field").GetString());
        Assert.Equal(3, documents.GetProperty("count").GetInt32());
        var docLevel = documents.GetProperty("labels").GetProperty("third_party_marketing");

        // alpha is a true document, gamma a (deliberately) false one whose two rows count once.
        Assert.Equal(1, docLevel.GetProperty("positives").GetInt32());
        Assert.Equal(2, docLevel.GetProperty("predicted").GetInt32());
        Assert.Equal(0.5, docLevel.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, docLevel.GetProperty("recall").GetDouble());
        Assert.Contains("by policy: 3 documents", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_a_field_a_row_lacks_names_the_row_and_the_way_out()
    {
        using var dir = new TempFolder();
        await File.WriteAllLinesAsync(Path.Combine(dir.Path, "set.jsonl"),
        [
            """{"id": "r1", "text": "We sell your data.", "labels": [], "protective": [], "consent": null, "policy": "p"}""",
            """{"id": "r2", "text": "We keep your data.", "labels": [], "protective": [], "consent": null}""",
        ]);

        var run = await CliHarness.RunAsync(dir.Path, "evaluate", "set.jsonl", "--by", "policy", "--models", Models);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'r2'", run.Error, StringComparison.Ordinal);
        Assert.Contains("--where", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_is_bad_input()
    {
        var run = await CliHarness.RunAsync(Path.GetTempPath(), "evaluate", "x.jsonl", "--where", "moderated", "--models", Models);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FIELD=VALUE", run.Error, StringComparison.Ordinal);
    }
}
