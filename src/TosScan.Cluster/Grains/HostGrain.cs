using TosScan.Cluster.Contracts;
using TosScan.Cluster.Ledger;

namespace TosScan.Cluster.Grains;

/// <summary>
/// One host's turns for the whole cluster (see <see cref="IHostGrain"/>). All times are this
/// grain's clock: a turn is granted only when this clock has passed the end of the previous
/// request plus the spacing, and the end is taken when the release arrives here, after the
/// response was read. So the gap a server sees is at least the spacing whatever the workers' clocks
/// say. The turn is kept in the ledger as well as here, and every grant and end is written there
/// first, by a conditional write: a new activation (the host's grain moved off a dead worker) knows
/// of a turn the dead one granted to a worker that is still sending, and two activations at once
/// (Orleans' default directory allows that briefly while the cluster is unstable) cannot both grant.
/// The circuit and robots.txt answers are kept here only; a new activation starts them afresh.
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
    private HostTurnRecord _turn = new(null, null, DateTimeOffset.MinValue, DateTimeOffset.MinValue, DateTimeOffset.MinValue);
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;
    private TimeSpan _crawlDelay;
    private HostPolicy? _policy;

    private string Host => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _crawlDelay = await ledger.GetCrawlDelayAsync(Host, cancellationToken).ConfigureAwait(true) ?? TimeSpan.Zero;
        _turn = await ledger.LoadTurnAsync(Host, cancellationToken).ConfigureAwait(true);
    }

    public async Task<TurnAnswer> TryAcquireAsync(Guid lease, HostPolicy policy, SiloAddress worker)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(worker);
        var now = time.GetUtcNow();
        var spacing = _crawlDelay > policy.Spacing ? _crawlDelay : policy.Spacing;
        if (_turn.Lease is { } held && held != lease && (now > _turn.LeaseUntil || HolderIsDead()))
        {
            // The holder never gave the turn back, or its worker is dead: count its request as just ended.
            await EndAsync(held, now, notBefore: null).ConfigureAwait(true);
        }

        if (now < _openUntil)
        {
            return new TurnAnswer(false, _openUntil - now, CircuitOpen: true);
        }

        if (_turn.Lease == lease)
        {
            // A worker confirms its turn right before the request goes out: the ledger is asked, in
            // case a twin activation took the turn back meanwhile (its holder wrongly declared dead).
            await ReloadTurnAsync().ConfigureAwait(true);
            return _turn.Lease == lease ? new TurnAnswer(true, TimeSpan.Zero, false) : new TurnAnswer(false, Poll(spacing), false);
        }

        if (_turn.Lease is not null)
        {
            // The request in flight ends no sooner than now, so the next turn is at least a spacing away.
            return new TurnAnswer(false, Poll(spacing), false);
        }

        var earliest = _turn.LastEnd + spacing > _turn.NotBefore ? _turn.LastEnd + spacing : _turn.NotBefore;
        if (earliest > now)
        {
            return new TurnAnswer(false, earliest - now, false);
        }

        var grant = new HostTurnGrant(lease, worker.ToParsableString(), now, spacing, now + policy.LeaseLimit);
        if (!await ledger.TryGrantTurnAsync(Host, grant, CancellationToken.None).ConfigureAwait(true))
        {
            // Another activation of this grain granted or ended a turn: take the ledger's word and ask again shortly.
            await ReloadTurnAsync().ConfigureAwait(true);
            return new TurnAnswer(false, Poll(spacing), false);
        }

        _turn = _turn with { Lease = lease, Holder = grant.Holder, LeaseUntil = grant.LeaseUntil };
        _policy = policy;
        return new TurnAnswer(true, TimeSpan.Zero, false);
    }

    public async Task ReleaseAsync(Guid lease, TurnEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);

        // A turn this activation does not hold may still be in the ledger: granted by an activation
        // that has since died, or by a twin. It is ended there all the same, so the host is free.
        // A turn taken back after its limit is not in the ledger any more; its end was counted then.
        var now = time.GetUtcNow();
        if (await EndAsync(lease, now, end.NotBefore).ConfigureAwait(true) && _policy is not null)
        {
            Count(end.Failed, now, _policy);
        }
    }

    public async Task SetCrawlDelayAsync(TimeSpan crawlDelay)
    {
        if (crawlDelay == _crawlDelay)
        {
            return;
        }

        _crawlDelay = crawlDelay;
        await ledger.SaveCrawlDelayAsync(Host, crawlDelay, CancellationToken.None).ConfigureAwait(true);
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

    /// <summary>Ends a turn in the ledger, then takes the ledger's record of the host's turn; true when the lease still held it.</summary>
    private async Task<bool> EndAsync(Guid lease, DateTimeOffset end, DateTimeOffset? notBefore)
    {
        var ended = await ledger.EndTurnAsync(Host, lease, end, notBefore, CancellationToken.None).ConfigureAwait(true);
        await ReloadTurnAsync().ConfigureAwait(true);
        return ended;
    }

    /// <summary>Takes the ledger's record of the host's turn, which another activation may have changed.</summary>
    private async Task ReloadTurnAsync() => _turn = await ledger.LoadTurnAsync(Host, CancellationToken.None).ConfigureAwait(true);

    private bool HolderIsDead() =>
        _turn.Holder is { } holder && membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(holder)) == SiloStatus.Dead;

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
