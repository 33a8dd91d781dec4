using BenchmarkDotNet.Attributes;
using TosScan.Diffing;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Segmentation;

namespace TosScan.Benchmarks.Diffing;

/// <summary>
/// <c>tosscan diff</c> after analysis: aligning and comparing two versions of a real terms of
/// service from ../shared/realdocs/history. Instagram (2022 vs 2026) is the usual case, most
/// clauses equal; TikTok (German 2022 vs English 2026) is the worst case, nothing equal, so every
/// remaining pair is scored for similarity. Documents are extracted and segmented in the setup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class DiffBenchmark
{
    private readonly DocumentDiffer _differ = new();
    private (Document Old, Document New) _instagram;
    private (Document Old, Document New) _tiktok;

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage()]);
        _instagram = (Load(analyzer, "Instagram - Terms of Service - 2022-07-11.md"), Load(analyzer, "Instagram - Terms of Service - 2026-07-28.md"));
        _tiktok = (Load(analyzer, "TikTok - Terms of Service - 2022-09-05.md"), Load(analyzer, "TikTok - Terms of Service - 2026-07-29.md"));
        Console.WriteLine($"// Instagram {_instagram.Old.Clauses.Count} -> {_instagram.New.Clauses.Count} clauses; TikTok {_tiktok.Old.Clauses.Count} -> {_tiktok.New.Clauses.Count}");
    }

    [Benchmark(Baseline = true)]
    public DocumentDiff Instagram() => _differ.Compare(_instagram.Old, _instagram.New);

    [Benchmark]
    public DocumentDiff TikTokNothingInCommon() => _differ.Compare(_tiktok.Old, _tiktok.New);

    private static Document Load(DocumentAnalyzer analyzer, string name)
    {
        var path = Path.Combine(BenchPaths.RealDocsHistory, name);
        var bytes = File.ReadAllBytes(path);
        var source = new DocumentSource(name, DocumentType.TermsOfService, path, DateTimeOffset.UnixEpoch, Hashing.Sha256Hex(bytes), "text/markdown");
        return analyzer.AnalyzeAsync(new RawContent(bytes, "text/markdown", null, path), source, ExtractionRules.None, CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}
