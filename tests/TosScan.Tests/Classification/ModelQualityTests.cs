using TosScan.Classification.Models;
using TosScan.Classification;
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
    [SharedDataTheory]
    [MemberData(nameof(ManifestFigures.RecordedFiles), MemberType = typeof(ManifestFigures))]
    public async Task Committed_models_stay_within_tolerance_of_the_manifest_figures(string file)
    {
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);

        var shortfalls = await ManifestFigures.ShortfallsAsync(fixture.Classifier, manifest, file);

        Assert.True(shortfalls.Count == 0, string.Join(Environment.NewLine, shortfalls));
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
