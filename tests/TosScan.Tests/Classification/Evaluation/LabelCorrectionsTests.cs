using System.Text.Json;
using TosScan.Classification.Evaluation;
using TosScan.Tests.Classification;
using TosScan.Tests.Cli;

namespace TosScan.Tests.Classification.Evaluation;

/// <summary>
/// An audit of disputed evaluation labels is printed beside the official figures, never instead of
/// them: the manifest and --fail-under only ever see the set's own labels.
/// </summary>
public sealed class LabelCorrectionsTests : IDisposable
{
    private static readonly string Models = ClassifierFixture.ModelsDirectory;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tosscan-corrections-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Corrected_figures_are_printed_beside_the_official_ones()
    {
        await WriteSetAsync();
        await File.WriteAllLinesAsync(Path.Combine(_dir.FullName, "audit.jsonl"),
        [
            """{"id": "4", "label": "third_party_marketing", "applies": false, "reason": "About retention; nothing is shared."}""",
            """{"id": "1", "label": "third_party_marketing", "applies": true, "reason": "Agrees with the set, so it changes nothing."}""",
        ]);

        var run = await CliHarness.RunAsync(_dir.FullName, "evaluate", "set.jsonl", "--label", "third_party_marketing", "--corrections", "audit.jsonl", "--fail-under", "0.9", "--format", "json", "--models", Models);

        var records = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(2, records.GetArrayLength());
        Assert.Equal("set.jsonl", records[0].GetProperty("file").GetString());
        Assert.Equal(2, Positives(records[0]));
        Assert.Contains("corrected on 1 rows by audit.jsonl", records[1].GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Positives(records[1]));
        Assert.Equal(1.0, records[1].GetProperty("labels").GetProperty("third_party_marketing").GetProperty("f1").GetDouble());

        // The official F1 (0.667) is still below 0.9, whatever the audit says.
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Corrections_are_never_recorded_in_the_manifest()
    {
        await WriteSetAsync();
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "audit.jsonl"), """{"id": "4", "label": "third_party_marketing", "applies": false, "reason": "x"}""");

        var run = await CliHarness.RunAsync(_dir.FullName, "evaluate", "set.jsonl", "--corrections", "audit.jsonl", "--record", "--models", Models);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--record", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "4", "label": "third_party_marketing", "applies": false}""", "reason")]
    [InlineData("""{"id": "4", "label": "marketing", "applies": false, "reason": "x"}""", "unknown label 'marketing'")]
    [InlineData("""{"id": "4", "label": "third_party_marketing", "applies": "no", "reason": "x"}""", "applies")]
    [InlineData("""{"id": "4", "label": """, "not valid JSON")]
    public async Task A_bad_audit_line_is_named_with_its_line_number(string line, string expected)
    {
        var path = Path.Combine(_dir.FullName, "audit.jsonl");
        await File.WriteAllLinesAsync(path, ["""{"id": "1", "label": "bounded_retention", "applies": true, "reason": "fine"}""", line]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LabelCorrections.ReadAsync(path, CancellationToken.None));

        Assert.Contains("audit.jsonl:2", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_corrected_twice_for_one_label_is_refused()
    {
        var path = Path.Combine(_dir.FullName, "audit.jsonl");
        string[] lines =
        [
            """{"id": "1", "label": "bounded_retention", "applies": true, "reason": "a"}""",
            """{"id": "1", "label": "bounded_retention", "applies": false, "reason": "b"}""",
        ];
        await File.WriteAllLinesAsync(path, lines);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LabelCorrections.ReadAsync(path, CancellationToken.None));

        Assert.Contains("audit.jsonl:2", error.Message, StringComparison.Ordinal);
    }

    private static int Positives(JsonElement record) =>
        record.GetProperty("labels").GetProperty("third_party_marketing").GetProperty("positives").GetInt32();

    private Task WriteSetAsync() => File.WriteAllLinesAsync(Path.Combine(_dir.FullName, "set.jsonl"),
    [
        """{"id": "1", "text": "We sell your data to advertisers.", "labels": ["third_party_marketing"], "protective": [], "consent": "none"}""",
        """{"id": "2", "text": "We never sell your data to advertisers.", "labels": [], "protective": ["no_marketing_sharing"], "consent": null}""",
        """{"id": "3", "text": "These terms are governed by the laws of Ireland.", "labels": [], "protective": [], "consent": null}""",
        """{"id": "4", "text": "We keep your messages indefinitely.", "labels": ["third_party_marketing"], "protective": [], "consent": null}""",
    ]);
}
