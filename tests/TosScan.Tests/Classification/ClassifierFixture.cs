using TosScan.Classification;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>The committed models, loaded once for all classification tests.</summary>
public sealed class ClassifierFixture
{
    public ClassifierFixture()
    {
        Classifier = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = ModelsDirectory });
    }

    public static string ModelsDirectory => Path.Combine(RepoPaths.Root, "models");

    /// <summary>The shared evaluation sets (never copied into the repository).</summary>
    public static string EvalDirectory => SharedData.Eval;

    internal IClauseClassifier Classifier { get; }
}
