using BenchmarkDotNet.Attributes;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Readability;
using TosScan.Segmentation;

namespace TosScan.Benchmarks.Pipeline;

/// <summary>
/// Extraction, segmentation and readability over all 44 real documents: the part of a scan that
/// runs once per document whatever the network does. Run with
/// <c>dotnet run -c Release --project bench/TosScan.Benchmarks -- --filter *AnalyzeBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private IReadOnlyList<(string Name, byte[] Bytes)> _documents = [];
    private DocumentAnalyzer _extractAndSegment = null!;
    private DocumentAnalyzer _withReadability = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = RealDocuments.Load();
        _extractAndSegment = new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage()]);
        _withReadability = new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage(), new ReadabilityStage()]);
    }

    [Benchmark(Baseline = true)]
    public Task<int> ExtractAndSegment() => RunAsync(_extractAndSegment);

    [Benchmark]
    public Task<int> ExtractSegmentAndScoreReadability() => RunAsync(_withReadability);

    private async Task<int> RunAsync(DocumentAnalyzer analyzer)
    {
        var clauses = 0;
        foreach (var (name, bytes) in _documents)
        {
            var source = new DocumentSource(name, DocumentType.Other, name, DateTimeOffset.UnixEpoch, string.Empty, "text/markdown");
            var document = await analyzer.AnalyzeAsync(new RawContent(bytes, "text/markdown", "utf-8", name), source, ExtractionRules.None, CancellationToken.None);
            clauses += document.Clauses.Count;
        }

        return clauses;
    }
}
