using System.Globalization;
using TosScan.Classification;
using TosScan.Classification.Evaluation;
using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>
/// Re-evaluates the committed models on the shared evaluation sets and on the team's validation set
/// (corpus/validation, never trained on) and fails when any F1 falls more than 0.03 below the figure
/// recorded in models/manifest.json (so a feature or training change cannot quietly make the
/// classifier worse).
/// </summary>
public sealed class ModelQualityTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private const double Tolerance = 0.03;

    [Theory]
    [InlineData("tosdr_clauses.jsonl")]
    [InlineData("opp115_segments.jsonl")]
    [InlineData("validation-a.jsonl")]
    [InlineData("validation-b.jsonl")]
    [InlineData("validation-c.jsonl")]
    public async Task Committed_models_stay_within_tolerance_of_the_manifest_figures(string file)
    {
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);
        var recorded = manifest.Evaluation.Where(e => e.File == file).ToList();
        Assert.NotEmpty(recorded);
        var path = file.StartsWith("validation-", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Corpus, "validation", file)
            : Path.Combine(ClassifierFixture.EvalDirectory, file);
        Assert.True(File.Exists(path), $"evaluation set {path} is missing: the shared folder must sit beside the repository");
        var rows = await LabelledClauseReader.ReadAsync(path, CancellationToken.None);

        var evaluator = new ClassifierEvaluator(fixture.Classifier);
        var failures = new List<string>();
        foreach (var record in recorded)
        {
            var now = evaluator.Evaluate(file, rows, [.. record.Where.Select(RowFilter.Parse)], [.. record.Labels.Keys]);
            Assert.Equal(record.Rows, now.Rows);
            foreach (var (label, then) in record.Labels)
            {
                var f1 = now.Labels[label].F1;
                if (f1 < then.F1 - Tolerance)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{file} [{string.Join(",", record.Where)}] {label}: F1 {f1:0.000} < manifest {then.F1:0.000} - {Tolerance}"));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_manifest_names_the_training_data_and_a_threshold_for_every_label()
    {
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);

        Assert.Equal(64, manifest.TrainingData.Sha256.Length);
        Assert.Equal(ClauseLabels.All.Order(), manifest.Labels.Keys.Order());
        Assert.All(manifest.Labels.Values, l => Assert.InRange(l.Threshold, 0.01, 0.99));
        Assert.StartsWith("5.", manifest.MlNetVersion, StringComparison.Ordinal);
    }
}
