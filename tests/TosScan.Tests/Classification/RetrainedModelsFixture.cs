using TosScan.Classification;
using TosScan.Classification.Models;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>
/// Runs what <c>tosscan train</c> runs (the committed corpus, default options) once, into a temporary
/// folder, so the retraining tests judge a model nobody has looked at. About ten seconds.
/// </summary>
public sealed class RetrainedModelsFixture : IAsyncLifetime
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("tosscan-retrain-");

    internal ModelManifest Manifest { get; private set; } = null!;

    internal IClauseClassifier Classifier { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var corpus = await TrainingCorpus.LoadAsync(Path.Combine(RepoPaths.Corpus, "clauses"), CancellationToken.None);
        var models = Path.Combine(root.FullName, "models");
        Manifest = await new ClassifierTrainer(new TrainerOptions()).TrainAsync(corpus, models, TextWriter.Null, CancellationToken.None);
        Classifier = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = models });
    }

    public Task DisposeAsync()
    {
        root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
