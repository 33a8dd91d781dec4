using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Crawling;

/// <summary>Re-scans ask with ETag / Last-Modified from the store (a real SQLite file), and a 304 is recorded as not modified.</summary>
public sealed class ConditionalFetchTests
{
    [Fact]
    public async Task A_rescan_sends_validators_and_records_304_as_not_modified()
    {
        await using var site = await TestSite.StartAsync();
        site.Map("/privacy", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v7\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            ctx.Response.Headers.ETag = "\"v7\"";
            ctx.Response.Headers.LastModified = "Wed, 02 Jul 2025 08:00:00 GMT";
            return TestSite.Write(ctx, "text/html", "<html><body><h1>Privacy Policy</h1><p>We keep your data only as long as needed.</p></body></html>");
        });
        using var folder = new TempFolder();
        await using var store = await SqliteScanStore.OpenAsync(folder.File("scan.db"), TimeProvider.System, CancellationToken.None);
        await using var crawler = CrawlerFixture.Create(store: store);
        var target = new DocumentTarget("Example", DocumentType.PrivacyPolicy, site.Url("/privacy"), FoundBy.Explicit);

        var first = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);
        await store.AddSnapshotAsync(new Snapshot(first.Record.SnapshotSha256!, "text/html", first.Content!.Bytes, first.Record.FetchedAt), CancellationToken.None);
        await store.AddFetchAsync(first.Record, CancellationToken.None);
        var second = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);

        Assert.Equal(FetchStatus.Found, first.Record.Status);
        Assert.Equal(FetchStatus.NotModified, second.Record.Status);
        Assert.Equal(304, second.Record.HttpStatus);
        Assert.Null(second.Content);
        Assert.Equal(first.Record.SnapshotSha256, second.Record.SnapshotSha256);
        Assert.Equal("\"v7\"", second.Record.ETag);
        var requests = site.Requests.Where(r => r.PathAndQuery == "/privacy").ToList();
        Assert.False(requests[0].Headers.ContainsKey("If-None-Match"));
        Assert.Equal("\"v7\"", requests[1].Headers["If-None-Match"]);
        Assert.Equal("Wed, 02 Jul 2025 08:00:00 GMT", requests[1].Headers["If-Modified-Since"]);
        site.AssertSpacing(CrawlerFixture.Spacing);
    }
}
