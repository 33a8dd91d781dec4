using TosScan.Classification.Training;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Classification.Training;

/// <summary>A training corpus with a hole in it is refused before anything is trained, naming where the hole is.</summary>
public sealed class TrainingCorpusTests
{
    [Theory]
    [InlineData("""{"id": "x1", "text": "We keep it forever.", "labels": ["indefinite_retension"], "protective": []}""", "unknown label 'indefinite_retension' in \"labels\"")]
    [InlineData("""{"id": "x1", "text": "We delete it in 30 days.", "labels": ["bounded_retention"], "protective": []}""", "unknown label 'bounded_retention' in \"labels\"")]
    [InlineData("""{"id": "x1", "text": "We keep it forever.", "labels": [], "protective": ["indefinite_retention"]}""", "unknown label 'indefinite_retention' in \"protective\"")]
    [InlineData("""{"id": "x1", "text": "We sell it.", "labels": ["third_party_marketing"], "protective": [], "consent": "opt-out"}""", "\"consent\" must be")]
    public async Task A_misspelt_or_misplaced_label_names_the_file_and_line(string badRow, string expected)
    {
        using var dir = new TempFolder();
        await File.WriteAllLinesAsync(dir.File("a.jsonl"),
        [
            """{"id": "ok1", "text": "These terms are governed by Irish law.", "labels": [], "protective": []}""",
            badRow,
        ]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TrainingCorpus.LoadAsync(dir.Path, CancellationToken.None));

        Assert.Contains($"{dir.File("a.jsonl")}:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_id_in_two_files_is_refused_naming_both()
    {
        using var dir = new TempFolder();
        await File.WriteAllLinesAsync(dir.File("a.jsonl"), ["""{"id": "c-1", "text": "We keep it forever.", "labels": ["indefinite_retention"], "protective": []}"""]);
        await File.WriteAllLinesAsync(dir.File("b.jsonl"), ["""{"id": "c-1", "text": "We sell it to advertisers.", "labels": ["third_party_marketing"], "protective": []}"""]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TrainingCorpus.LoadAsync(dir.Path, CancellationToken.None));

        Assert.Contains("'c-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Contains("b.jsonl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committed_corpus_and_validation_sets_read_cleanly()
    {
        var corpus = await TrainingCorpus.LoadAsync(Path.Combine(TestSupport.RepoPaths.Corpus, "clauses"), CancellationToken.None);

        Assert.True(corpus.Clauses.Count > 2500);
        foreach (var file in Directory.GetFiles(Path.Combine(TestSupport.RepoPaths.Corpus, "validation"), "*.jsonl"))
        {
            Assert.NotEmpty(await LabelledClauseReader.ReadAsync(file, CancellationToken.None));
        }
    }
}
