namespace TosScan.Crawling.Politeness;

/// <summary>
/// Who decides when a host may receive the next request. Every request on the wire asks for the
/// host's turn first and gives it back when the response is read. A single process uses
/// <see cref="HostScheduler"/>; a cluster of workers answers from one place per host, so the
/// spacing, Retry-After and circuit state hold across processes, not per process.
/// </summary>
public interface IHostTurns
{
    /// <summary>Waits for the host's turn (and whatever else the implementation bounds); dispose the turn when the response is read.</summary>
    /// <exception cref="Polly.CircuitBreaker.BrokenCircuitException">The host's circuit is open (implementations that keep one).</exception>
    Task<IHostTurn> AcquireAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Applies robots.txt's Crawl-delay to a host (implementations cut it to their maximum).</summary>
    Task SetCrawlDelayAsync(string hostKey, TimeSpan crawlDelay, CancellationToken cancellationToken);

    /// <summary>
    /// An origin's robots.txt as another process of the cluster already read it, so a site is asked
    /// once per cluster, not once per worker; null when this caller should fetch it (and then
    /// <see cref="SetRobotsAsync"/>). A single process keeps its own cache, so by default: null.
    /// </summary>
    Task<Robots.RobotsAnswer?> GetRobotsAsync(string origin, CancellationToken cancellationToken) => Task.FromResult<Robots.RobotsAnswer?>(null);

    /// <summary>Shares what an origin's robots.txt came back with (by default, with nobody).</summary>
    Task SetRobotsAsync(string origin, Robots.RobotsAnswer answer, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>One request's turn at a host. Disposing it records the end of the request.</summary>
public interface IHostTurn : IAsyncDisposable
{
    /// <summary>No request to this host before <paramref name="until"/> (the server's Retry-After).</summary>
    void DeferUntil(DateTimeOffset until);

    /// <summary>
    /// The attempt failed in a way worth counting against the host (a transient status, a network
    /// error, a timeout). Implementations with their own circuit breaker count it; the local one
    /// leaves that to the per-host Polly pipeline.
    /// </summary>
    void MarkFailed();
}
