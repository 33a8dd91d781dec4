using TosScan.Crawling;
using TosScan.Storage;

namespace TosScan.Tests.Crawling;

/// <summary>Options and crawlers for tests: private addresses allowed, short waits, no browser unless asked.</summary>
internal static class CrawlerFixture
{
    public static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(200);

    public static CrawlerOptions Options(Action<CrawlerOptions>? change = null)
    {
        var options = new CrawlerOptions
        {
            AllowPrivateAddresses = true,
            PerHostSpacing = Spacing,
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
            RequestTimeout = TimeSpan.FromSeconds(5),
            MaxRetries = 3,
            RenderScripts = false,
            CircuitBreakerMinimumThroughput = 50,
        };
        change?.Invoke(options);
        return options;
    }

    public static Crawler Create(Action<CrawlerOptions>? change = null, IScanStore? store = null) =>
        Crawler.Create(Options(change), TimeProvider.System, store);
}
