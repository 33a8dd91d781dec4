using TosScan.Cluster.Contracts;
using TosScan.Cluster.Ledger;

namespace TosScan.Cluster.Grains;

/// <summary>
/// One host's turns for the whole cluster (see <see cref="IHostGrain"/>). All times are this
/// grain's clock: a turn is granted only when this clock has passed the end of the previous
/// request plus the spacing, and the end is taken when the release arrives here, after the
/// response was read. So the gap a server sees is at least the spacing whatever the workers'
/// clocks say. A new activation (the host's grain moved off a dead worker) first waits one
/// spacing, with the Crawl-delay remembered in the ledger, since the dead worker's last request
/// may have just arrived.
/// </summary>
internal sealed class HostGrain(IScanLedger ledger, IClusterMembershipService membership, TimeProvider time) : Grain, IHostGrain
{
    /// <summary>RFC 9309 §2.4: a robots.txt may be cached for up to 24 hours.</summary>
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(24);

    /// <summary>A worker told to fetch robots.txt that has not answered by then is presumed gone.</summary>
    private static readonly TimeSpan RobotsClaimLimit = TimeSpan.FromSeconds(60);

    private readonly Queue<(DateTimeOffset At, bool Failed)> _outcomes = new();
    private readonly Dictionary<string, (RobotsRecord Answer, DateTimeOffset At)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (Guid Claimant, DateTimeOffset At)> _robotsClaims = new(StringComparer.OrdinalIgnoreCase);
    private Guid? _lease;
    private SiloAddress? _holder;
    private DateTimeOffset _leaseUntil;
    private DateTimeOffset _lastEnd;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;
    private TimeSpan _crawlDelay;
    private HostPolicy? _policy;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _crawlDelay = await ledger.GetCrawlDelayAsync(this.GetPrimaryKeyString(), cancellationToken).ConfigureAwait(true) ?? TimeSpan.Zero;
        _lastEnd = time.GetUtcNow();
    }

    public Task<TurnAnswer> TryAcquireAsync(Guid lease, HostPolicy policy, SiloAddress worker)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var now = time.GetUtcNow();
        var spacing = _crawlDelay > policy.Spacing ? _crawlDelay : policy.Spacing;
        if (_lease is { } held && held != lease && (now > _leaseUntil || membership.CurrentSnapshot.GetSiloStatus(_holder!) == SiloStatus.Dead))
        {
            // The holder never gave the turn back, or its worker is dead: count its request as just ended.
            _lease = null;
            _lastEnd = now;
        }

        if (now < _openUntil)
        {
            return Task.FromResult(new TurnAnswer(false, _openUntil - now, CircuitOpen: true));
        }

        if (_lease == lease)
        {
            return Task.FromResult(new TurnAnswer(true, TimeSpan.Zero, false));
        }

        if (_lease is not null)
        {
            // The request in flight ends no sooner than now, so the next turn is at least a spacing away.
            return Task.FromResult(new TurnAnswer(false, Poll(spacing), false));
        }

        var earliest = _lastEnd + spacing > _notBefore ? _lastEnd + spacing : _notBefore;
        if (earliest > now)
        {
            return Task.FromResult(new TurnAnswer(false, earliest - now, false));
        }

        _lease = lease;
        _holder = worker;
        _leaseUntil = now + policy.LeaseLimit;
        _policy = policy;
        return Task.FromResult(new TurnAnswer(true, TimeSpan.Zero, false));
    }

    public Task ReleaseAsync(Guid lease, TurnEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        if (_lease != lease)
        {
            // A turn taken back after its limit; its end was counted then.
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        _lease = null;
        _lastEnd = now;
        if (end.NotBefore is { } notBefore && notBefore > _notBefore)
        {
            _notBefore = notBefore;
        }

        if (_policy is not null)
        {
            Count(end.Failed, now, _policy);
        }

        return Task.CompletedTask;
    }

    public async Task SetCrawlDelayAsync(TimeSpan crawlDelay)
    {
        if (crawlDelay == _crawlDelay)
        {
            return;
        }

        _crawlDelay = crawlDelay;
        await ledger.SaveCrawlDelayAsync(this.GetPrimaryKeyString(), crawlDelay, CancellationToken.None).ConfigureAwait(true);
    }

    public Task<RobotsLookup> GetRobotsAsync(string origin, Guid claimant)
    {
        var now = time.GetUtcNow();
        if (_robots.TryGetValue(origin, out var known) && now - known.At < RobotsLifetime)
        {
            return Task.FromResult(new RobotsLookup(known.Answer, Fetch: false));
        }

        if (_robotsClaims.TryGetValue(origin, out var claim) && claim.Claimant != claimant && now - claim.At < RobotsClaimLimit)
        {
            return Task.FromResult(new RobotsLookup(null, Fetch: false));
        }

        _robotsClaims[origin] = (claimant, now);
        return Task.FromResult(new RobotsLookup(null, Fetch: true));
    }

    public Task SetRobotsAsync(string origin, RobotsRecord answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _robots[origin] = (answer, time.GetUtcNow());
        _robotsClaims.Remove(origin);
        return Task.CompletedTask;
    }

    /// <summary>Counts an outcome towards the circuit: enough failures in the window open it for the break duration.</summary>
    private void Count(bool failed, DateTimeOffset now, HostPolicy policy)
    {
        _outcomes.Enqueue((now, failed));
        while (_outcomes.Count > 0 && now - _outcomes.Peek().At > policy.SamplingDuration)
        {
            _outcomes.Dequeue();
        }

        var failures = _outcomes.Count(o => o.Failed);
        if (_outcomes.Count >= policy.MinimumThroughput && failures >= policy.FailureRatio * _outcomes.Count)
        {
            _openUntil = now + policy.BreakDuration;
            _outcomes.Clear();
        }
    }

    private static TimeSpan Poll(TimeSpan spacing) => spacing > TimeSpan.FromMilliseconds(50) ? spacing : TimeSpan.FromMilliseconds(50);
}
