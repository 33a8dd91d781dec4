using Polly.CircuitBreaker;
using TosScan.Cluster.Contracts;
using TosScan.Crawling;
using TosScan.Crawling.Politeness;
using TosScan.Crawling.Robots;

namespace TosScan.Cluster.Politeness;

/// <summary>
/// The cluster's <see cref="IHostTurns"/>: each host's turn is asked of its <see cref="IHostGrain"/>,
/// wherever it lives, so every worker keeps the same spacing, Retry-After and circuit for a
/// host. The requests this worker has in flight over all hosts are still bounded here
/// (<see cref="CrawlerOptions.MaxConcurrency"/>), taken after the host's turn as the local
/// scheduler does, so a host that must wait never holds a slot another host could use; the turn is
/// then confirmed with the grain once more, since the grain may have taken it back meanwhile.
/// </summary>
internal sealed class ClusterHostTurns : IHostTurns, IDisposable
{
    /// <summary>How long a failed call to a host grain (its worker just died) waits before the next try.</summary>
    private static readonly TimeSpan GrainRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a robots.txt or Crawl-delay call to a host grain is retried while the grain moves
    /// off a dead worker (seconds, in practice). Past it the error stands and the provider's row
    /// says so; before this bound, one worker's death failed every provider whose robots.txt
    /// lookup was in flight.
    /// </summary>
    private static readonly TimeSpan GrainPatience = TimeSpan.FromSeconds(60);

    /// <summary>How often a worker waiting for another's robots.txt fetch asks again.</summary>
    private static readonly TimeSpan RobotsPoll = TimeSpan.FromMilliseconds(200);

    private readonly IGrainFactory _grains;
    private readonly HostPolicy _policy;
    private readonly TimeSpan _maxCrawlDelay;
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;
    private readonly SiloAddress _worker;

    public ClusterHostTurns(IGrainFactory grains, SiloAddress worker, CrawlerOptions options, TimeProvider time)
        : this(grains, worker, options, time, TimeSpan.FromSeconds(60))
    {
    }

    /// <param name="grains">Where the host grains are.</param>
    /// <param name="worker">This worker, named to the grains so they can tell when it died.</param>
    /// <param name="options">Spacing, the Crawl-delay cap, concurrency and circuit settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="leaseMargin">Added to two attempt timeouts to make the lease limit; only tests shorten it.</param>
    internal ClusterHostTurns(IGrainFactory grains, SiloAddress worker, CrawlerOptions options, TimeProvider time, TimeSpan leaseMargin)
    {
        _grains = grains;
        _worker = worker;
        _time = time;
        _maxCrawlDelay = options.MaxCrawlDelay;
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);

        // A turn is held for one attempt, which the attempt timeout bounds; the margin covers the
        // wait for a local slot. Past it the host grain takes the turn back (the worker hung); a
        // worker declared dead loses its turn at once.
        _policy = new HostPolicy(
            options.PerHostSpacing,
            options.RequestTimeout * 2 + leaseMargin,
            options.CircuitBreakerFailureRatio,
            options.CircuitBreakerMinimumThroughput,
            options.CircuitBreakerSamplingDuration,
            options.CircuitBreakerBreakDuration);
    }

    public async Task<IHostTurn> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = _grains.GetGrain<IHostGrain>(HostScheduler.HostKey(url));
        var lease = Guid.NewGuid();
        while (true)
        {
            try
            {
                await WaitForTurnAsync(host, lease, url, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The grain may have granted the turn just as the caller gave up: give it back.
                await ReleaseAsync(host, lease, new TurnEnd(false, null)).ConfigureAwait(false);
                throw;
            }

            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await ReleaseAsync(host, lease, new TurnEnd(false, null)).ConfigureAwait(false);
                throw;
            }

            // The wait for a slot can be long, and meanwhile the grain may have taken the turn back
            // (past the lease limit, or after this worker was wrongly declared dead) and given it
            // to another worker. So the turn is confirmed once more right before the request goes
            // out; a turn no longer held is waited for again, with the slot given back meanwhile.
            if (await StillHeldAsync(host, lease, cancellationToken).ConfigureAwait(false))
            {
                return new Turn(this, host, lease);
            }

            _slots.Release();
        }
    }

    private async Task<bool> StillHeldAsync(IHostGrain host, Guid lease, CancellationToken cancellationToken)
    {
        try
        {
            return (await host.TryAcquireAsync(lease, _policy, _worker).WaitAsync(cancellationToken).ConfigureAwait(false)).Granted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The grain is moving: the turn is asked for afresh, from its new activation.
            return false;
        }
        catch (OperationCanceledException)
        {
            _slots.Release();
            await ReleaseAsync(host, lease, new TurnEnd(false, null)).ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitForTurnAsync(IHostGrain host, Guid lease, Uri url, CancellationToken cancellationToken)
    {
        while (true)
        {
            TurnAnswer answer;
            try
            {
                answer = await host.TryAcquireAsync(lease, _policy, _worker).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The grain's worker is gone or busy; the grain comes back on another worker.
                await Task.Delay(GrainRetry, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (answer.Granted)
            {
                return;
            }

            if (answer.CircuitOpen)
            {
                throw new BrokenCircuitException($"circuit open for {url.IdnHost} after repeated failures across the cluster");
            }

            await Task.Delay(answer.Wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task SetCrawlDelayAsync(string hostKey, TimeSpan crawlDelay, CancellationToken cancellationToken)
    {
        var host = _grains.GetGrain<IHostGrain>(hostKey);
        var delay = crawlDelay > _maxCrawlDelay ? _maxCrawlDelay : crawlDelay;
        return PatientlyAsync(() => host.SetCrawlDelayAsync(delay), cancellationToken);
    }

    public async Task<RobotsAnswer?> GetRobotsAsync(string origin, CancellationToken cancellationToken)
    {
        var host = _grains.GetGrain<IHostGrain>(HostScheduler.HostKey(new Uri(origin)));
        var claimant = Guid.NewGuid();
        while (true)
        {
            var lookup = await PatientlyAsync(() => host.GetRobotsAsync(origin, claimant), cancellationToken).ConfigureAwait(false);
            if (lookup.Answer is { } answer)
            {
                return new RobotsAnswer(answer.Status, answer.Body, answer.NetworkFailure, answer.Refused);
            }

            if (lookup.Fetch)
            {
                return null;
            }

            // Another worker is fetching it right now: its answer will be here shortly.
            await Task.Delay(RobotsPoll, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task SetRobotsAsync(string origin, RobotsAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var host = _grains.GetGrain<IHostGrain>(HostScheduler.HostKey(new Uri(origin)));
        var record = new RobotsRecord(answer.Status, answer.Body, answer.NetworkFailure, answer.Refused);
        return PatientlyAsync(() => host.SetRobotsAsync(origin, record), cancellationToken);
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>Makes a host grain call, again after <see cref="GrainRetry"/> while it fails, for up to <see cref="GrainPatience"/>.</summary>
    private async Task<T> PatientlyAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var since = _time.GetUtcNow();
        while (true)
        {
            try
            {
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && _time.GetUtcNow() - since < GrainPatience)
            {
                await Task.Delay(GrainRetry, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PatientlyAsync(Func<Task> call, CancellationToken cancellationToken) =>
        await PatientlyAsync(async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    private async Task ReleaseAsync(IHostGrain host, Guid lease, TurnEnd end)
    {
        // A release that never arrives only delays the host: its grain takes the turn back at the lease limit.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await host.ReleaseAsync(lease, end).WaitAsync(TimeSpan.FromSeconds(10), _time).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await Task.Delay(GrainRetry, _time).ConfigureAwait(false);
            }
        }
    }

    private sealed class Turn(ClusterHostTurns owner, IHostGrain host, Guid lease) : IHostTurn
    {
        private DateTimeOffset? _notBefore;
        private bool _failed;
        private int _released;

        public void DeferUntil(DateTimeOffset until)
        {
            if (_notBefore is null || until > _notBefore)
            {
                _notBefore = until;
            }
        }

        public void MarkFailed() => _failed = true;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
            {
                return;
            }

            owner._slots.Release();
            await owner.ReleaseAsync(host, lease, new TurnEnd(_failed, _notBefore)).ConfigureAwait(false);
        }
    }
}
