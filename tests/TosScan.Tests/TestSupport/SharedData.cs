namespace TosScan.Tests.TestSupport;

/// <summary>
/// Finds the shared evaluation data: a <c>shared</c> folder that is a sibling of the repository
/// (or of any folder above the test binaries), as CI lays it out.
/// </summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string RealDocsCurrent => Path.Combine(Root, "realdocs", "current");

    public static IReadOnlyList<string> CurrentRealDocs() =>
        Directory.GetFiles(RealDocsCurrent, "*.md").Order(StringComparer.Ordinal).ToArray();

    public static string RealDoc(string name) => Path.Combine(RealDocsCurrent, name + ".md");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "realdocs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'shared/realdocs' folder found above {AppContext.BaseDirectory}; clone the shared data next to the repository.");
    }
}
