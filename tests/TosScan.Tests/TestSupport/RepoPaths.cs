namespace TosScan.Tests.TestSupport;

/// <summary>The repository's own folders (corpus, models), found from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string ProvidersCsv => Path.Combine(Corpus, "providers.csv");

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
