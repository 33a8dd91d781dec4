namespace TosScan.Benchmarks.Pipeline;

/// <summary>The real terms and policies in ../shared/realdocs/current, read from where they live.</summary>
internal static class RealDocuments
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> Load() =>
        [.. Directory.GetFiles(BenchPaths.RealDocs, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
}
