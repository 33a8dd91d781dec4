namespace TosScan.Tests.Crawling;

/// <summary>Finds the repository root (the folder with TosScan.slnx or .git) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (with corpus/ and src/) not found above " + AppContext.BaseDirectory);
    }
}
