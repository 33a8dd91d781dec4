using BenchmarkDotNet.Attributes;
using TosScan.Classification;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Segmentation;

namespace TosScan.Benchmarks;

/// <summary>
/// Classifies every clause of the 44 real documents in ../shared/realdocs/current, one thread,
/// after start-up (models loaded, documents extracted and segmented in the global setup).
/// The reported time is per clause (OperationsPerInvoke = clause count). Since issue 12 the models
/// encode sentences through a cascade; the goal is at least 500 clauses per second (2 ms per clause)
/// for the whole process, which bench/classify-throughput.sh measures.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class ClassificationBenchmark
{
    private const int ClauseCount = 14000;
    private IClauseClassifier _classifier = null!;
    private string[] _clauses = [];

    [GlobalSetup]
    public void Setup()
    {
        _classifier = ClauseClassifiers.Load(new ClassifierOptions { ModelsDirectory = BenchPaths.Models });
        _clauses = LoadClauses().GetAwaiter().GetResult();
        Console.WriteLine($"// {_clauses.Length} clauses from {Directory.GetFiles(BenchPaths.RealDocs, "*.md").Length} documents");
    }

    /// <summary>
    /// Every clause once, cycling to a fixed count so OperationsPerInvoke stays constant, classified in
    /// batches of 256 as <c>classify</c> and the pipeline do (the sentence encoder works on batches).
    /// </summary>
    [Benchmark(OperationsPerInvoke = ClauseCount)]
    public int ClassifyClauses()
    {
        var flagged = 0;
        for (var start = 0; start < ClauseCount; start += 256)
        {
            var batch = Enumerable.Range(start, Math.Min(256, ClauseCount - start)).Select(i => _clauses[i % _clauses.Length]).ToArray();
            flagged += _classifier.ClassifyAll(batch).Sum(r => r.Findings.Count);
        }

        return flagged;
    }

    private static async Task<string[]> LoadClauses()
    {
        var extractor = ContentExtractor.CreateDefault();
        var segmentation = new SegmentationStage();
        var clauses = new List<string>();
        foreach (var file in Directory.GetFiles(BenchPaths.RealDocs, "*.md").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var extracted = await extractor.ExtractAsync(new RawContent(bytes, "text/markdown", "utf-8", file), ExtractionRules.None, CancellationToken.None);
            var source = new DocumentSource(Path.GetFileNameWithoutExtension(file), DocumentType.Other, file, DateTimeOffset.UnixEpoch, Hashing.Sha256Hex(bytes), "text/markdown");
            var document = await segmentation.ProcessAsync(new Document(source, extracted.Text, extracted.Blocks, extracted.Title), CancellationToken.None);
            clauses.AddRange(document.Clauses.Select(c => document.TextOf(c.Span)));
        }

        return [.. clauses];
    }
}
