using TosScan.Classification;
using TosScan.Classification.Training;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

public sealed class TrainingDeterminismTests
{
    [Fact]
    public async Task Training_twice_on_the_same_corpus_gives_identical_predictions()
    {
        var root = Directory.CreateTempSubdirectory("tosscan-train-");
        try
        {
            var corpusDir = Path.Combine(root.FullName, "corpus");
            await SmallCorpus.WriteAsync(corpusDir);

            var corpus = await TrainingCorpus.LoadAsync(corpusDir, CancellationToken.None);
            var options = new TrainerOptions { Folds = 3 };
            var first = Path.Combine(root.FullName, "models-1");
            var second = Path.Combine(root.FullName, "models-2");
            var manifest1 = await new ClassifierTrainer(options).TrainAsync(corpus, first, TextWriter.Null, CancellationToken.None);
            var manifest2 = await new ClassifierTrainer(options).TrainAsync(corpus, second, TextWriter.Null, CancellationToken.None);

            Assert.Equal(manifest1.TrainingData.Sha256, manifest2.TrainingData.Sha256);
            Assert.Equal(manifest1.Labels.Values.Select(l => l.Threshold), manifest2.Labels.Values.Select(l => l.Threshold));
            var a = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = first });
            var b = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = second });
            var probes = corpus.Clauses.Select(c => c.Text).Concat(
            [
                "We never sell your data to advertisers.",
                "We keep backups of your posts forever.",
                "You grant us an irrevocable licence to your photos.",
            ]);
            foreach (var text in probes)
            {
                Assert.Equal(a.Classify(text).Scores, b.Classify(text).Scores);
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
