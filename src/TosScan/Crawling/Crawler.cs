using TosScan.Crawling.Declarations;
using TosScan.Crawling.Discovery;
using TosScan.Crawling.Http;
using TosScan.Crawling.Local;
using TosScan.Crawling.Politeness;
using TosScan.Crawling.Rendering;
using TosScan.Crawling.Resilience;
using TosScan.Crawling.Robots;

namespace TosScan.Crawling;

/// <summary>
/// A crawler for one scan: a locator and a fetcher sharing one HTTP client, one robots.txt
/// cache, one politeness scheduler and one set of per-host circuit breakers, and a browser
/// started only if a page needs it. Both are safe to call from many tasks at once. Dispose at the
/// end of the scan to close the browser and connections.
/// </summary>
public sealed class Crawler : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HostScheduler? _scheduler;
    private readonly HostPipelines _pipelines;
    private readonly IPageRenderer _renderer;
    private readonly CancellationTokenSource _lifetime;

    private Crawler(CancellationTokenSource lifetime, HttpClient client, HostScheduler? scheduler, HostPipelines pipelines, IPageRenderer renderer, IDocumentLocator locator, IDocumentFetcher fetcher)
    {
        _lifetime = lifetime;
        _client = client;
        _scheduler = scheduler;
        _pipelines = pipelines;
        _renderer = renderer;
        Locator = locator;
        Fetcher = fetcher;
    }

    /// <summary>Finds each provider's documents (explicit URLs, declarations, discovery).</summary>
    public IDocumentLocator Locator { get; }

    /// <summary>Fetches one document; never throws for a failed fetch.</summary>
    public IDocumentFetcher Fetcher { get; }

    /// <summary>
    /// Validates <paramref name="options"/> (throws <see cref="ArgumentException"/> naming the bad
    /// option), reads the declarations folder when given (throws <see cref="InvalidDataException"/>
    /// naming a malformed file), and builds the crawler. With a <paramref name="history"/>, fetches are
    /// conditional on the last successful fetch of the same document (ETag / Last-Modified).
    /// </summary>
    public static Crawler Create(CrawlerOptions options, TimeProvider timeProvider, IFetchHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        return Create(options, timeProvider, history, new ChromiumRenderer(options));
    }

    /// <summary>
    /// As <see cref="Create(CrawlerOptions, TimeProvider, IFetchHistory?)"/>, with every host's turn
    /// asked of <paramref name="turns"/> instead of this crawler's own scheduler: a cluster worker
    /// passes turns kept for the whole cluster. The caller owns <paramref name="turns"/>, which must
    /// also bound the requests in flight (<see cref="CrawlerOptions.MaxConcurrency"/>).
    /// </summary>
    public static Crawler Create(CrawlerOptions options, TimeProvider timeProvider, IFetchHistory? history, IHostTurns turns)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(turns);
        options.Validate();
        return Create(options, timeProvider, history, new ChromiumRenderer(options), turns);
    }

    internal static Crawler Create(CrawlerOptions options, TimeProvider time, IFetchHistory? history, IPageRenderer renderer, IHostTurns? sharedTurns = null)
    {
        var declarations = options.DeclarationsDirectory is null ? DeclarationSet.Empty : DeclarationReader.ReadDirectory(options.DeclarationsDirectory);
        var client = CrawlerHttpClient.Create(options);
        var scheduler = sharedTurns is null ? new HostScheduler(options.PerHostSpacing, options.MaxCrawlDelay, options.MaxConcurrency, time) : null;
        IHostTurns turns = sharedTurns ?? scheduler!;
        var pipelines = new HostPipelines(options, time);
        var loader = new PageLoader(new PoliteHttpClient(client, turns, pipelines, options, time), options);
        var lifetime = new CancellationTokenSource();
        var robots = new RobotsCache(loader, turns, options, lifetime.Token);
        var rendering = new PageRendering(renderer, loader, robots, options);
        var recent = new RecentPages();
        var files = new LocalFileReader(options);

        var locator = new DocumentLocator(declarations, new HomePageDiscovery(loader, robots, rendering, files, recent, options));
        var fetcher = new DocumentFetcher(
            new LocalFileFetcher(time, next: null, maxBytes: options.MaxBytes),
            new HttpDocumentFetcher(loader, robots, rendering, recent, history, options, time),
            time);
        return new Crawler(lifetime, client, scheduler, pipelines, renderer, locator, fetcher);
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _renderer.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
        _pipelines.Dispose();
        _scheduler?.Dispose();
        _lifetime.Dispose();
    }
}
