using System.Text.Json;
using TosScan.Tests.Cli;

namespace TosScan.Tests.Classification;

public sealed class EvaluateCommandTests
{
    private static readonly string Models = ClassifierFixture.ModelsDirectory;

    [Fact]
    public async Task Filters_rows_prints_intervals_and_fails_under_a_figure()
    {
        var dir = Directory.CreateTempSubdirectory("tosscan-evaluate-");
        try
        {
            string[] rows =
            [
                """{"id": "1", "text": "We sell your data to advertisers.", "labels": ["third_party_marketing"], "protective": [], "consent": "none", "keep": true}""",
                """{"id": "2", "text": "We never sell your data to advertisers.", "labels": [], "protective": ["no_marketing_sharing"], "consent": null, "keep": true}""",
                """{"id": "3", "text": "These terms are governed by the laws of Ireland.", "labels": [], "protective": [], "consent": null, "keep": true}""",
                """{"id": "4", "text": "We keep your messages indefinitely.", "labels": ["third_party_marketing"], "protective": [], "consent": null, "keep": false}""",
            ];
            await File.WriteAllLinesAsync(Path.Combine(dir.FullName, "set.jsonl"), rows);

            var json = await CliHarness.RunAsync(dir.FullName, "evaluate", "set.jsonl", "--where", "keep=true", "--label", "third_party_marketing", "--format", "json", "--models", Models);
            var failing = await CliHarness.RunAsync(dir.FullName, "evaluate", "set.jsonl", "--label", "third_party_marketing", "--fail-under", "0.9", "--models", Models);

            Assert.Equal(0, json.ExitCode);
            var record = JsonDocument.Parse(json.Out).RootElement[0];
            Assert.Equal(3, record.GetProperty("rows").GetInt32());
            var metrics = record.GetProperty("labels").GetProperty("third_party_marketing");
            Assert.Equal(1, metrics.GetProperty("positives").GetInt32());
            Assert.Equal(1.0, metrics.GetProperty("f1").GetDouble());
            Assert.True(metrics.TryGetProperty("f1_low", out _));

            // Row 4 is a (deliberately wrong) positive the model misses: F1 0.667 < 0.9.
            Assert.Equal(1, failing.ExitCode);
            Assert.Contains("third_party_marketing", failing.Error, StringComparison.Ordinal);
            Assert.Contains("95% interval", failing.Out, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_filter_is_bad_input()
    {
        var run = await CliHarness.RunAsync(Path.GetTempPath(), "evaluate", "x.jsonl", "--where", "moderated", "--models", Models);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FIELD=VALUE", run.Error, StringComparison.Ordinal);
    }
}
