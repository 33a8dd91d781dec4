namespace TosScan.Tests.Readability;

/// <summary>
/// Finds the shared evaluation data: walks up from the test binaries to the repository root (the
/// folder holding TosScan.sln) and takes <c>../shared</c> beside it, as CI lays it out.
/// </summary>
internal static class ReadabilityTestData
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TosScan.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException($"No TosScan.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>
    /// <c>../shared</c> beside the repository; for a git worktree nested deeper (work/wt/NAME) the
    /// nearest ancestor's <c>shared</c> folder.
    /// </summary>
    public static string Shared
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "eval")))
                {
                    return candidate;
                }
            }

            return beside;
        }
    }

    public static string Eval(string name)
    {
        var path = Path.Combine(Shared, "eval", "readability", name);
        Assert.True(File.Exists(path), $"Missing shared evaluation file {path}: the shared/ folder must sit beside the repository.");
        return path;
    }

    public static string RealDocsCurrent
    {
        get
        {
            var path = Path.Combine(Shared, "realdocs", "current");
            Assert.True(Directory.Exists(path), $"Missing {path}: the shared/ folder must sit beside the repository.");
            return path;
        }
    }
}
