using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Scanning;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A scan killed half-way and run again, with the crawler, the real runner and a real SQLite
/// file: what was fetched is kept, and on the re-run the finished provider is only asked
/// whether it changed (304), while the unfinished one is fetched.
/// </summary>
public sealed class ResumeTests
{
    private static TestSite Provider(TestSite site, string name) =>
        site.Html("/", $"<html><body><h1>{name}</h1><footer><a href='/terms'>Terms of Service</a> <a href='/privacy'>Privacy Policy</a></footer></body></html>")
            .Map("/terms", ctx => Conditional(ctx, $"<html><body><h1>{name} Terms of Service</h1><p>You keep ownership of what you post on {name}.</p></body></html>"))
            .Map("/privacy", ctx => Conditional(ctx, $"<html><body><h1>{name} Privacy Policy</h1><p>{name} keeps your data while your account exists.</p></body></html>"));

    private static Task Conditional(Microsoft.AspNetCore.Http.HttpContext context, string html)
    {
        var etag = "\"" + TosScan.Documents.Hashing.Sha256Hex(html)[..12] + "\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return Task.CompletedTask;
        }

        context.Response.Headers.ETag = etag;
        return TestSite.Write(context, "text/html; charset=utf-8", html);
    }

    [Fact]
    public async Task A_killed_scan_resumes_without_losing_or_refetching_work()
    {
        await using var first = await TestSite.StartAsync();
        await using var second = await TestSite.StartAsync();
        Provider(first, "Alpha");
        Provider(second, "Beta");
        var list = new ProvidersList("providers.csv", [new ProviderEntry("Alpha", first.BaseUri, null, null, 2), new ProviderEntry("Beta", second.BaseUri, null, null, 3)], []);
        using var folder = new TempFolder();
        var analyzer = new DocumentAnalyzer(ContentExtractor.CreateDefault(), []);
        var options = new ScanOptions { OutputDirectory = folder.File("out"), MaxParallelProviders = 1 };

        // Run 1: killed as soon as the first provider is done.
        await using (var store = await SqliteScanStore.OpenAsync(folder.File("scan.db"), TimeProvider.System, CancellationToken.None))
        await using (var crawler = CrawlerFixture.Create(store: store))
        {
            using var kill = new CancellationTokenSource();
            var runner = new ScanRunner(crawler.Locator, crawler.Fetcher, analyzer, store, options);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(list, new KillAfterFirst(kill), kill.Token));
            var counts = await store.CountAsync(CancellationToken.None);
            Assert.Equal(2, counts.Versions); // Alpha's two documents were kept
            Assert.Equal(0, second.Count("/terms"));
        }

        // Spacing is kept within a run; a new run (a new process) starts without the old clock.
        var firstRunRequests = first.Requests.Count;
        first.AssertSpacing(CrawlerFixture.Spacing);

        // Run 2: a fresh process would build everything again.
        await using (var store = await SqliteScanStore.OpenAsync(folder.File("scan.db"), TimeProvider.System, CancellationToken.None))
        await using (var crawler = CrawlerFixture.Create(store: store))
        {
            var runner = new ScanRunner(crawler.Locator, crawler.Fetcher, analyzer, store, options);
            var result = await runner.RunAsync(list, null, CancellationToken.None);

            Assert.True(result.Complete);
            var counts = await store.CountAsync(CancellationToken.None);
            Assert.Equal(4, counts.Versions);
            Assert.Equal(4, counts.Snapshots);
            var alphaFetches = await store.GetFetchesAsync("Alpha", CancellationToken.None);
            Assert.Equal(["found", "found", "not_modified", "not_modified"], alphaFetches.Select(f => f.Status).Order());
        }

        // Alpha's documents went over the wire in full once; the re-run only asked whether they changed.
        var alphaDocuments = first.Requests.Where(r => r.PathAndQuery is "/terms" or "/privacy").ToList();
        Assert.Equal(4, alphaDocuments.Count);
        Assert.Equal(2, alphaDocuments.Count(r => r.Headers.ContainsKey("If-None-Match")));
        Assert.Equal(1, second.Count("/terms"));
        Assert.Equal(1, second.Count("/privacy"));
        first.AssertSpacing(CrawlerFixture.Spacing, skip: firstRunRequests);
        second.AssertSpacing(CrawlerFixture.Spacing);
    }

    /// <summary>Cancels the scan the moment the first provider is reported done (synchronously, unlike Progress&lt;T&gt;).</summary>
    private sealed class KillAfterFirst(CancellationTokenSource kill) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value) => kill.Cancel();
    }
}
