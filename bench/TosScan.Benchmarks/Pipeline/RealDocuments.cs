namespace TosScan.Benchmarks.Pipeline;

/// <summary>The real terms and policies in ../shared/realdocs/current, read from where they live.</summary>
internal static class RealDocuments
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "realdocs", "current");
            if (Directory.Exists(folder))
            {
                return [.. Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
            }
        }

        throw new DirectoryNotFoundException("shared/realdocs/current not found above the benchmark; put the shared data beside the repository.");
    }
}
