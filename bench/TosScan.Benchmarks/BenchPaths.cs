namespace TosScan.Benchmarks;

/// <summary>The repository root (found from the binaries) and the shared data beside it.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = Find();

    public static string Models => Path.Combine(Root, "models");

    /// <summary>
    /// The 44 real documents: <c>shared/realdocs/current</c> beside the repository, or beside a
    /// folder above it (a git worktree).
    /// </summary>
    public static string RealDocs { get; } = FindShared(Path.Combine("realdocs", "current"));

    /// <summary>The two recorded versions of two terms, for change tracking.</summary>
    public static string RealDocsHistory => FindShared(Path.Combine("realdocs", "history"));

    private static string FindShared(string name)
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/{name} not found beside {Root} or any folder above it");
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TosScan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"TosScan.sln not found above {AppContext.BaseDirectory}");
    }
}
