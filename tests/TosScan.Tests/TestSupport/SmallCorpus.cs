namespace TosScan.Tests.TestSupport;

/// <summary>
/// A small copy of the committed training corpus: the first rows of each file, enough for every
/// label to cross-validate while training takes seconds instead of the full corpus's ten.
/// </summary>
internal static class SmallCorpus
{
    public static async Task WriteAsync(string directory, int rowsPerFile = 120)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "clauses"), "*.jsonl"))
        {
            await File.WriteAllLinesAsync(Path.Combine(directory, Path.GetFileName(file)), File.ReadLines(file).Take(rowsPerFile));
        }
    }
}
