namespace TosScan.Tests.TestSupport;

/// <summary>
/// The shared evaluation data (real documents, labelled sets), which is never copied into the
/// repository: CI puts it in <c>shared/</c> next to the repository folder. Git worktrees sit one
/// or more levels deeper, so the nearest <c>shared/</c> beside any ancestor of the root is taken.
/// <c>TOSSCAN_SHARED_DATA</c> names another folder. Tests that need it are marked
/// <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/> and are skipped,
/// with one line saying why, when it is absent; <c>scripts/test.sh</c> fails if they were skipped
/// although the data is there.
/// </summary>
internal static class SharedData
{
    /// <summary>Set by scripts/test.sh when it finds the data: then a test must never be skipped for lack of it.</summary>
    public const string RequiredVariable = "TOSSCAN_REQUIRE_SHARED_DATA";

    /// <summary>Names the shared folder explicitly (it must hold realdocs/ and eval/).</summary>
    public const string LocationVariable = "TOSSCAN_SHARED_DATA";

    private static readonly Lazy<string?> Found = new(Find);

    public static bool IsPresent => Found.Value is not null;

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>The skip reason, one line: what is missing and where it was looked for.</summary>
    public static string MissingMessage =>
        $"needs the shared data (shared/realdocs and shared/eval beside the repository, or {LocationVariable}); not found above {RepoPaths.Root}";

    public static string Root => Found.Value ?? throw new DirectoryNotFoundException(MissingMessage);

    public static string RealDocsHistory => Path.Combine(Root, "realdocs", "history");

    public static string RealDocsCurrent => Path.Combine(Root, "realdocs", "current");

    public static string Eval => Path.Combine(Root, "eval");

    public static IReadOnlyList<string> CurrentRealDocs() =>
        Directory.GetFiles(RealDocsCurrent, "*.md").Order(StringComparer.Ordinal).ToArray();

    public static string RealDoc(string name) => Path.Combine(RealDocsCurrent, name + ".md");

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(LocationVariable) is { Length: > 0 } explicitFolder)
        {
            return Directory.Exists(Path.Combine(explicitFolder, "realdocs")) ? Path.GetFullPath(explicitFolder) : null;
        }

        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "realdocs")))
            {
                return candidate;
            }
        }

        return null;
    }
}
