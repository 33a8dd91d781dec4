using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>
/// Retrains from corpus/clauses and holds the result to the committed models and their manifest:
/// a working group citing a figure must be able to rebuild the model behind it, and a corpus edit
/// committed without retraining (or a retrain that got worse) must not pass unnoticed.
/// </summary>
public sealed class RetrainingTests(RetrainedModelsFixture retrained, ClassifierFixture committed)
    : IClassFixture<RetrainedModelsFixture>, IClassFixture<ClassifierFixture>
{
    private const string Retrain = "run `tosscan train --corpus corpus/clauses --models models`, then scripts/record-quality.sh, and commit models/";

    // Scores are compared to this many decimals: enough to catch any change of model, while leaving
    // room for the last bits of floating point on another CPU.
    private const double ScoreTolerance = 1e-6;

    [SharedDataFact]
    public void The_committed_models_were_trained_on_the_committed_corpus_with_the_default_options()
    {
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);

        Assert.True(
            manifest.TrainingData.Sha256 == retrained.Manifest.TrainingData.Sha256,
            $"corpus/clauses has changed since models/ was trained: {Retrain}.");
        Assert.Equal(manifest.Trainer, retrained.Manifest.Trainer);
        foreach (var (label, model) in manifest.Labels)
        {
            Assert.True(
                Math.Abs(model.Threshold - retrained.Manifest.Labels[label].Threshold) < 1e-4,
                $"{label}: committed threshold {model.Threshold}, retrained {retrained.Manifest.Labels[label].Threshold}: {Retrain}.");
            var paragraphs = retrained.Manifest.Labels[label].Paragraphs;
            Assert.True(
                model.Paragraphs is null ? paragraphs is null : paragraphs is not null && Math.Abs(model.Paragraphs.Threshold - paragraphs.Threshold) < 1e-4,
                $"{label}: committed paragraph threshold {model.Paragraphs?.Threshold}, retrained {paragraphs?.Threshold}: {Retrain}.");
        }
    }

    [SharedDataFact]
    public void Only_the_labels_named_for_it_get_a_calibration_for_texts_of_several_sentences() =>
        Assert.Equal(
            new TrainerOptions().ParagraphCalibration.Order(StringComparer.Ordinal),
            retrained.Manifest.Labels.Where(l => l.Value.Paragraphs is not null).Select(l => l.Key).Order(StringComparer.Ordinal));

    [SharedDataTheory]
    [MemberData(nameof(ManifestFigures.RecordedFiles), MemberType = typeof(ManifestFigures))]
    public async Task Retraining_gives_the_same_predictions_as_the_committed_models(string file)
    {
        var rows = await LabelledClauseReader.ReadAsync(ManifestFigures.PathOf(file), CancellationToken.None);

        // In batches, as classify and evaluate run them: the sentence encoder is slow one text at a time.
        var texts = rows.Select(r => r.Text).ToArray();
        var committedResults = committed.Classifier.ClassifyAll(texts);
        var retrainedResults = retrained.Classifier.ClassifyAll(texts);
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            var before = committedResults[i];
            var after = retrainedResults[i];
            Assert.True(before.Labels.SequenceEqual(after.Labels) && before.Protective.SequenceEqual(after.Protective) && before.Consent == after.Consent,
                $"{file} row {row.Id}: committed [{Flags(before)}], retrained [{Flags(after)}]: {Retrain}.");
            foreach (var (label, score) in before.Scores)
            {
                Assert.True(Math.Abs(score - after.Scores[label]) < ScoreTolerance, $"{file} row {row.Id} {label}: committed {score}, retrained {after.Scores[label]}: {Retrain}.");
            }
        }
    }

    [SharedDataTheory]
    [MemberData(nameof(ManifestFigures.RecordedFiles), MemberType = typeof(ManifestFigures))]
    public async Task A_retrained_model_stays_within_tolerance_of_the_manifest_figures(string file)
    {
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);

        var shortfalls = await ManifestFigures.ShortfallsAsync(retrained.Classifier, manifest, file);

        Assert.True(shortfalls.Count == 0, string.Join(Environment.NewLine, shortfalls));
    }

    private static string Flags(TosScan.Classification.ClauseClassification c) =>
        string.Join(",", c.Labels.Concat(c.Protective)) + (c.Consent is null ? "" : $" consent {c.Consent}");
}
