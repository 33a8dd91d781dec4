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

    /// <summary>
    /// The shared evaluation sets: <c>shared/eval</c> beside the repository (CI), or beside a folder
    /// above it (a git worktree under <c>wt/</c>).
    /// </summary>
    public static string EvalDirectory { get; } = FindShared("eval");

    private static string FindShared(string name)
    {
        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", name));
    }

    internal IClauseClassifier Classifier { get; }
}
