using Microsoft.Extensions.Time.Testing;
using TosScan.Classification;
using TosScan.Classification.Models;
using TosScan.Documents;
using TosScan.Review;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification.Training;

/// <summary>
/// Learning from reviewers (issue 12): a false flag a reviewer rejected, exported with
/// <c>review --export</c> and trained on with <c>train --decisions</c>, no longer fires on that
/// clause, and the retrained models keep the figures the manifest records.
/// </summary>
public sealed class TrainFromDecisionsTests(ClassifierFixture committed) : IClassFixture<ClassifierFixture>, IDisposable
{
    // Written for this test: data kept only to run a feature the user uses, which LABELS.md leaves
    // unlabelled and the committed models read as indefinite retention.
    internal const string FalseFlag = "Your saved searches stay in your account so you can run them again later.";
    internal const string FalseLabel = ClauseLabels.IndefiniteRetention;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SharedDataFact]
    public async Task A_rejected_false_flag_stops_firing_once_trained_on_and_the_figures_hold()
    {
        Assert.True(
            committed.Classifier.Classify(FalseFlag).Labels.Contains(FalseLabel),
            "the committed models no longer flag the test's clause; pick another clause they flag falsely");

        var db = _folder.File("review.db");
        await using (var store = await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(DateTimeOffset.UnixEpoch), default))
        {
            await store.AddDecisionAsync(new ReviewDecision("Chirpy", DocumentType.PrivacyPolicy, ClauseKeys.For(FalseFlag), FalseFlag, FalseLabel, ReviewDecisionKinds.Rejected, null, "Ada", "kept only to run a feature the user uses", DateTimeOffset.UnixEpoch), default);
        }

        var export = await CliHarness.RunAsync(_folder.Path, "review", "--db", db, "--export", "decisions.jsonl");
        Assert.True(export.ExitCode == 0, export.Error);

        var models = _folder.File("models");
        var train = await CliHarness.RunAsync(
            _folder.Path, "train", "--corpus", Path.Combine(RepoPaths.Corpus, "clauses"), "--shared-eval", SharedData.Eval, "--decisions", "decisions.jsonl", "--models", models);
        Assert.True(train.ExitCode == 0, train.Error);

        var retrained = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = models });
        Assert.DoesNotContain(FalseLabel, retrained.Classify(FalseFlag).Labels);
        var manifest = ModelFiles.ReadManifest(ClassifierFixture.ModelsDirectory);
        var shortfalls = new List<string>();
        foreach (var file in ManifestFigures.Files)
        {
            shortfalls.AddRange(await ManifestFigures.ShortfallsAsync(retrained, manifest, file));
        }

        Assert.True(shortfalls.Count == 0, string.Join(Environment.NewLine, shortfalls));
        Assert.Contains(ModelFiles.ReadManifest(models).TrainingData.Files, f => f.Contains("decisions.jsonl", StringComparison.Ordinal));
    }
}
