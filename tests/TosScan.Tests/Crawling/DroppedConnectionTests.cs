using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A host that accepts connections and drops them. Every connection the crawler opens to it must
/// be one attempt, spaced like any other request: the HTTP handler must not retry on a fresh
/// connection behind the host scheduler's back.
/// </summary>
public sealed class DroppedConnectionTests
{
    [Fact]
    public async Task Each_retry_is_one_connection_spaced_by_the_host_scheduler()
    {
        await using var host = TcpCanary.Start();
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 3);

        var outcome = await crawler.Fetcher.FetchAsync(
            new DocumentTarget("Example", DocumentType.PrivacyPolicy, new Uri($"http://127.0.0.1:{host.Port}/privacy"), FoundBy.Explicit),
            CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        var connections = host.Connections.OrderBy(c => c.At).ToList();
        var summary = string.Join(", ", connections.Select(c => $"{c.At.TotalMilliseconds:0} ms {c.FirstBytes.Split('\r')[0]}"));
        // robots.txt comes first; it is unreachable, so the document is not asked for: 1 + 3 retries.
        Assert.True(connections.Count == 4, $"{connections.Count} connections: {summary}");
        var gaps = connections.Zip(connections.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.True(gaps.Min() >= CrawlerFixture.Spacing - TimeSpan.FromMilliseconds(15), $"connections came {gaps.Min().TotalMilliseconds:0} ms apart; spacing is {CrawlerFixture.Spacing.TotalMilliseconds:0} ms: {summary}");
    }

    [Fact]
    public async Task A_request_dropped_on_a_kept_alive_connection_is_not_sent_again_at_once()
    {
        // robots.txt is answered on a kept-alive connection; every request after it is dropped.
        await using var host = TcpCanary.Start(answerRobots: true);
        await using var crawler = CrawlerFixture.Create(o => o.MaxRetries = 3);

        var outcome = await crawler.Fetcher.FetchAsync(
            new DocumentTarget("Example", DocumentType.PrivacyPolicy, new Uri($"http://127.0.0.1:{host.Port}/privacy"), FoundBy.Explicit),
            CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        var requests = host.Connections.OrderBy(c => c.At).Where(c => c.FirstBytes.Length > 0).ToList();
        var summary = string.Join(", ", requests.Select(c => $"{c.At.TotalMilliseconds:0} ms {c.FirstBytes.Split('\r')[0]}"));
        var privacy = requests.Where(c => c.FirstBytes.StartsWith("GET /privacy ", StringComparison.Ordinal)).ToList();
        // The first attempt may go out on the kept-alive connection (the robots.txt request opened it);
        // after that, each attempt is one new connection, and none is sent again behind the scheduler.
        Assert.True(privacy.Count <= 4, $"{privacy.Count} requests for /privacy with 3 retries: {summary}");
        var gaps = privacy.Zip(privacy.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.True(gaps.Count == 0 || gaps.Min() >= CrawlerFixture.Spacing - TimeSpan.FromMilliseconds(15), $"requests came {(gaps.Count == 0 ? 0 : gaps.Min().TotalMilliseconds):0} ms apart; spacing is {CrawlerFixture.Spacing.TotalMilliseconds:0} ms: {summary}");
    }
}
