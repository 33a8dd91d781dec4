using System.Text;
using System.Text.Json;
using TosScan.Classification;
using TosScan.Cli.Commands;
using TosScan.Tests.Classification;

namespace TosScan.Tests.Cli.Commands;

public sealed class RepeatedClausesTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private const string Sale = "We sell your personal data to advertisers.";
    private const string Keep = "We keep your messages indefinitely.";
    private const string Law = "These terms are governed by the laws of Ireland.";

    [Fact]
    public void A_repeated_text_reaches_the_classifier_once_and_gets_the_result_of_its_first_occurrence()
    {
        var counting = new CountingClassifier(fixture.Classifier);
        var repeated = new RepeatedClauses(counting);

        var first = repeated.ClassifyAll([Sale, Keep, Sale]);
        var second = repeated.ClassifyAll([Law, Keep, Sale]);

        Assert.Equal([Sale, Keep, Law], counting.Seen);
        Assert.Equal(3, repeated.Repeats);
        Assert.Same(first[0], first[2]);
        Assert.Same(first[1], second[1]);
        Assert.Same(first[0], second[2]);
        Assert.Equal(["third_party_marketing"], second[2].Labels);
        Assert.Equal(["indefinite_retention"], second[1].Labels);
        Assert.Empty(second[0].Labels);
    }

    [Fact]
    public void Past_its_capacity_it_classifies_new_texts_again_with_the_same_results()
    {
        var counting = new CountingClassifier(fixture.Classifier);
        var repeated = new RepeatedClauses(counting, capacity: 1);

        var first = repeated.ClassifyAll([Sale, Keep]);
        var second = repeated.ClassifyAll([Sale, Keep]);

        Assert.Equal([Sale, Keep, Keep], counting.Seen);
        Assert.Same(first[0], second[0]);
        Assert.NotSame(first[1], second[1]);
        Assert.Equal(first[1].Scores, second[1].Scores);
    }

    [Fact]
    public async Task Classify_prints_the_same_line_for_a_repeated_clause_and_counts_the_repeats()
    {
        var input = string.Join("\n",
            JsonSerializer.Serialize(new { id = "a", text = Sale }),
            JsonSerializer.Serialize(new { id = "b", text = Law }),
            JsonSerializer.Serialize(new { id = "c", text = Sale }));

        var run = await CliHarness.RunAsync(Path.GetTempPath(), Encoding.UTF8.GetBytes(input), "classify", "--models", ClassifierFixture.ModelsDirectory, "--stats");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines[0].Replace("\"id\":\"a\"", "\"id\":\"c\"", StringComparison.Ordinal), lines[2]);
        Assert.Contains("1 clause(s) repeated an earlier one", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The committed classifier, recording every text that reaches it.</summary>
    private sealed class CountingClassifier(IClauseClassifier inner) : IClauseClassifier
    {
        public List<string> Seen { get; } = [];

        public string ModelVersion => inner.ModelVersion;

        public ClauseClassification Classify(string text) => ClassifyAll([text])[0];

        public IReadOnlyList<ClauseClassification> ClassifyAll(IReadOnlyList<string> texts)
        {
            Seen.AddRange(texts);
            return inner.ClassifyAll(texts);
        }
    }
}
