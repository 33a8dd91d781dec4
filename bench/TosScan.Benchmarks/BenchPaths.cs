namespace TosScan.Benchmarks;

/// <summary>The repository root (found from the binaries) and the shared data beside it.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = Find();

    public static string Models => Path.Combine(Root, "models");

    /// <summary>The 44 real documents: <c>../shared/realdocs/current</c> next to the repository.</summary>
    public static string RealDocs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "realdocs", "current"));

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
