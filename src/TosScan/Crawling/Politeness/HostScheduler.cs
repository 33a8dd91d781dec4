using System.Collections.Concurrent;

namespace TosScan.Crawling.Politeness;

/// <summary>
/// Spaces requests per host and caps requests in flight overall. A request to a host waits until
/// the host's previous request has finished plus its spacing (the larger of the configured
/// spacing and robots.txt's Crawl-delay) and any Retry-After the host asked for; only then does
/// it take one of the global slots, so hosts that must wait never hold slots other hosts could
/// use. Spacing is measured from the end of the previous response, which keeps the gap seen by
/// the server at least the spacing whatever the network does. This is the single-process
/// <see cref="IHostTurns"/>; its circuit breaking is left to the per-host Polly pipelines.
/// </summary>
internal sealed class HostScheduler : IHostTurns, IDisposable
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _global;
    private readonly TimeSpan _defaultSpacing;
    private readonly TimeSpan _maxCrawlDelay;
    private readonly TimeProvider _time;

    public HostScheduler(TimeSpan defaultSpacing, TimeSpan maxCrawlDelay, int maxConcurrency, TimeProvider time)
    {
        _defaultSpacing = defaultSpacing;
        _maxCrawlDelay = maxCrawlDelay;
        _global = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _time = time;
    }

    /// <summary>The key requests are spaced by: the host name (ports of one host share it).</summary>
    public static string HostKey(Uri url) => url.IdnHost.ToLowerInvariant();

    /// <summary>Waits for the host's turn and a global slot; dispose the lease when the response is read.</summary>
    public async Task<Lease> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        var state = State(HostKey(url));
        await state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var wait = state.EarliestNext() - _time.GetUtcNow();
                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            state.Gate.Release();
            throw;
        }

        return new Lease(this, state);
    }

    async Task<IHostTurn> IHostTurns.AcquireAsync(Uri url, CancellationToken cancellationToken) =>
        await AcquireAsync(url, cancellationToken).ConfigureAwait(false);

    Task IHostTurns.SetCrawlDelayAsync(string hostKey, TimeSpan crawlDelay, CancellationToken cancellationToken)
    {
        SetCrawlDelay(hostKey, crawlDelay);
        return Task.CompletedTask;
    }

    /// <summary>Applies robots.txt's Crawl-delay (cut to the configured maximum) to a host.</summary>
    public void SetCrawlDelay(string hostKey, TimeSpan crawlDelay)
    {
        var capped = crawlDelay > _maxCrawlDelay ? _maxCrawlDelay : crawlDelay;
        State(hostKey).CrawlDelay = capped;
    }

    /// <summary>The spacing in force for a host.</summary>
    public TimeSpan SpacingOf(string hostKey) => State(hostKey).Spacing;

    public void Dispose()
    {
        _global.Dispose();
        foreach (var state in _hosts.Values)
        {
            state.Gate.Dispose();
        }
    }

    private HostState State(string key) => _hosts.GetOrAdd(key, _ => new HostState(_defaultSpacing));

    private void Release(HostState state)
    {
        state.LastEnd = _time.GetUtcNow();
        _global.Release();
        state.Gate.Release();
    }

    internal sealed class HostState(TimeSpan defaultSpacing)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastEnd { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan CrawlDelay { get; set; } = TimeSpan.Zero;

        public TimeSpan Spacing => CrawlDelay > defaultSpacing ? CrawlDelay : defaultSpacing;

        public DateTimeOffset EarliestNext()
        {
            var afterLast = LastEnd == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : LastEnd + Spacing;
            return afterLast > NotBefore ? afterLast : NotBefore;
        }
    }

    /// <summary>A host's turn. Holders may push the host's next turn back (Retry-After) before releasing.</summary>
    public sealed class Lease : IHostTurn, IDisposable
    {
        private readonly HostScheduler _owner;
        private readonly HostState _state;
        private int _released;

        internal Lease(HostScheduler owner, HostState state)
        {
            _owner = owner;
            _state = state;
        }

        /// <summary>No request to this host before <paramref name="until"/> (the server's Retry-After).</summary>
        public void DeferUntil(DateTimeOffset until)
        {
            if (until > _state.NotBefore)
            {
                _state.NotBefore = until;
            }
        }

        /// <summary>Counted by the per-host Polly circuit breaker instead.</summary>
        public void MarkFailed()
        {
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                _owner.Release(_state);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
