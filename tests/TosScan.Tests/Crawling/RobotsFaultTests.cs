using TosScan.Crawling;
using TosScan.Crawling.Politeness;
using TosScan.Crawling.Robots;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A robots.txt lookup that faults (in a cluster: the host's grain unreachable while its worker is
/// replaced) fails that fetch only (recorded as failed, with the reason); the next fetch of the origin asks again instead of failing on
/// the remembered fault for the crawler's life.
/// </summary>
public sealed class RobotsFaultTests
{
    [Fact]
    public async Task A_faulted_robots_lookup_is_not_remembered()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots("User-agent: *\nDisallow: /private/\n")
            .Html("/terms", "<html><body><h1>Terms of Service</h1><p>You keep ownership of what you post.</p></body></html>");
        using var scheduler = new HostScheduler(CrawlerFixture.Spacing, TimeSpan.FromMinutes(1), 8, TimeProvider.System);
        var turns = new FaultingOnceTurns(scheduler);
        await using var crawler = Crawler.Create(CrawlerFixture.Options(), TimeProvider.System, null, turns);
        var target = new DocumentTarget("Example", DocumentType.TermsOfService, site.Url("/terms"), FoundBy.Explicit);

        var first = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);
        var second = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, first.Record.Status);
        Assert.Contains("grain is unreachable", first.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(FetchStatus.Found, second.Record.Status);
        Assert.Equal(2, turns.RobotsLookups);
        Assert.Single(site.Requests, r => r.PathAndQuery == "/robots.txt");
    }

    /// <summary>The local scheduler's turns, with a robots.txt lookup that faults the first time only.</summary>
    private sealed class FaultingOnceTurns(HostScheduler inner) : IHostTurns
    {
        private int _lookups;

        public int RobotsLookups => _lookups;

        public Task<IHostTurn> AcquireAsync(Uri url, CancellationToken cancellationToken) => ((IHostTurns)inner).AcquireAsync(url, cancellationToken);

        public Task SetCrawlDelayAsync(string hostKey, TimeSpan crawlDelay, CancellationToken cancellationToken) =>
            ((IHostTurns)inner).SetCrawlDelayAsync(hostKey, crawlDelay, cancellationToken);

        public Task<RobotsAnswer?> GetRobotsAsync(string origin, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _lookups) == 1
                ? throw new InvalidOperationException("the host's grain is unreachable")
                : Task.FromResult<RobotsAnswer?>(null);
    }
}
