namespace TosScan.Tests.TestSupport;

/// <summary>
/// The shared evaluation data (real documents, labelled sets), which is never copied into the
/// repository: CI puts it in <c>shared/</c> next to the repository folder. Git worktrees sit one
/// or more levels deeper, so the nearest <c>shared/</c> beside any ancestor of the root is taken.
/// </summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    public static string RealDocsHistory => Path.Combine(Root, "realdocs", "history");

    public static string RealDocsCurrent => Path.Combine(Root, "realdocs", "current");

    public static string Eval => Path.Combine(Root, "eval");

    public static IReadOnlyList<string> CurrentRealDocs() =>
        Directory.GetFiles(RealDocsCurrent, "*.md").Order(StringComparer.Ordinal).ToArray();

    public static string RealDoc(string name) => Path.Combine(RealDocsCurrent, name + ".md");

    private static string Find()
    {
        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "realdocs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/ (with realdocs/) not found beside {RepoPaths.Root} or any folder above it; put the shared data next to the repository.");
    }
}
