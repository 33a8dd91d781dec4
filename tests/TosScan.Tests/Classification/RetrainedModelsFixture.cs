using TosScan.Classification;
using TosScan.Classification.Embeddings;
using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>
/// Runs what <c>tosscan train</c> runs (the committed corpus, the train halves of the shared sets,
/// sentence vectors, default options) once, into a temporary folder, so the retraining tests judge a
/// model nobody has looked at. About two minutes; the sentence vectors come from the user's cache
/// after the first run (encoding every training text takes a few minutes more the first time).
/// </summary>
public sealed class RetrainedModelsFixture : IAsyncLifetime
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("tosscan-retrain-");

    internal ModelManifest Manifest { get; private set; } = null!;

    internal IClauseClassifier Classifier { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!SharedData.IsPresent)
        {
            // The models train on the shared sets' train halves; without them every test here is skipped.
            return;
        }

        var corpus = await TrainingCorpus.LoadAsync(Path.Combine(RepoPaths.Corpus, "clauses"), TrainingHalf.DefaultsIn(SharedData.Eval), CancellationToken.None);
        var models = Path.Combine(root.FullName, "models");
        using var embedder = TrainingEmbedder.Create();
        Manifest = await new ClassifierTrainer(new TrainerOptions(), embedder).TrainAsync(corpus, models, TextWriter.Null, CancellationToken.None);
        Classifier = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = models });
    }

    public Task DisposeAsync()
    {
        root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
