using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Scanning;
using TosScan.Segmentation;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Scanning;

public sealed class ScanRunnerTests
{
    [Fact]
    public async Task A_fault_in_one_document_is_recorded_and_the_other_documents_are_still_stored()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("good.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("bad.md"), "# Terms\n\nThis text makes a stage fail: BOOM.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nGood,,good.md,\nBad,,bad.md,\n");
        var providers = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);

        await using var store = await SqliteScanStore.OpenAsync(temp.File("scan.db"), TimeProvider.System, CancellationToken.None);
        await using var crawler = Crawler.Create(new CrawlerOptions(), TimeProvider.System, store);
        var analyzer = new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage(), new FailingStage()]);
        var runner = new ScanRunner(crawler.Locator, crawler.Fetcher, analyzer, store, new ScanOptions { OutputDirectory = temp.File("out") });

        var result = await runner.RunAsync(providers, progress: null, CancellationToken.None);

        var good = Assert.Single(result.Rows, r => r.Provider == "Good" && r.Type == DocumentType.TermsOfService);
        var bad = Assert.Single(result.Rows, r => r.Provider == "Bad" && r.Type == DocumentType.TermsOfService);
        Assert.Equal(ScanStatuses.Found, good.Status);
        Assert.Equal(ScanStatuses.Failed, bad.Status);
        Assert.Contains("BOOM", bad.Reason, StringComparison.Ordinal);
        Assert.False(result.Complete);
        Assert.Single(await store.GetVersionsAsync("Good", DocumentType.TermsOfService, CancellationToken.None));
        Assert.Empty(await store.GetVersionsAsync("Bad", DocumentType.TermsOfService, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(temp.File("out"), "documents", "Good", "terms_of_service.json")));
        Assert.Contains("Bad,terms_of_service,failed", await File.ReadAllTextAsync(Path.Combine(temp.File("out"), "scan-status.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rescan_of_identical_bytes_reuses_the_stored_analysis_unless_the_analyzer_or_the_bytes_changed()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");
        var providers = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);
        await using var store = await SqliteScanStore.OpenAsync(temp.File("scan.db"), TimeProvider.System, CancellationToken.None);
        await using var crawler = Crawler.Create(new CrawlerOptions(), TimeProvider.System, store);
        var counting = new CountingStage("v1");
        var analyzer = new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage(), counting]);
        ScanRunner Runner(DocumentAnalyzer a) => new(crawler.Locator, crawler.Fetcher, a, store, new ScanOptions { OutputDirectory = temp.File("out") });

        var first = await Runner(analyzer).RunAsync(providers, progress: null, CancellationToken.None);
        var firstJson = await File.ReadAllTextAsync(Path.Combine(temp.File("out"), "documents", "Alpha", "terms_of_service.json"));
        File.Delete(Path.Combine(temp.File("out"), "documents", "Alpha", "terms_of_service.json"));
        var second = await Runner(analyzer).RunAsync(providers, progress: null, CancellationToken.None);

        Assert.Equal(1, counting.Calls);
        Assert.Null(Terms(first).Reason);
        Assert.Contains("stored analysis reused", Terms(second).Reason, StringComparison.Ordinal);
        Assert.Equal(firstJson, await File.ReadAllTextAsync(Path.Combine(temp.File("out"), "documents", "Alpha", "terms_of_service.json")));
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal((2, 1, 1), (counts.Fetches, counts.Snapshots, counts.Versions));

        // A stage configured differently (a new model) must read the same bytes again.
        var retrained = new CountingStage("v2");
        var third = await Runner(new DocumentAnalyzer(ContentExtractor.CreateDefault(), [new SegmentationStage(), retrained])).RunAsync(providers, progress: null, CancellationToken.None);
        Assert.Equal(1, retrained.Calls);
        Assert.DoesNotContain("reused", Terms(third).Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, (await store.CountAsync(CancellationToken.None)).Versions);

        // And changed bytes are read again, becoming a new version.
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nWe own everything you post.\n");
        await Runner(analyzer).RunAsync(providers, progress: null, CancellationToken.None);
        Assert.Equal(2, counting.Calls);
        Assert.Equal(2, (await store.CountAsync(CancellationToken.None)).Versions);
    }

    private static ScanStatusRow Terms(ScanResult result) => Assert.Single(result.Rows, r => r.Type == DocumentType.TermsOfService);

    /// <summary>Counts the documents it processed; its configuration stands for a model version.</summary>
    private sealed class CountingStage(string configuration) : IDocumentStage
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "counting";

        public string Configuration => configuration;

        public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(document);
        }
    }

    /// <summary>A stage with a bug that shows on some documents only.</summary>
    private sealed class FailingStage : IDocumentStage
    {
        public string Name => "failing";

        public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken) =>
            document.Text.Contains("BOOM", StringComparison.Ordinal)
                ? throw new InvalidOperationException("stage failed on BOOM")
                : ValueTask.FromResult(document);
    }
}
