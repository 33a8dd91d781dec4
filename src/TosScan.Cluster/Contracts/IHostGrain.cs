namespace TosScan.Cluster.Contracts;

/// <summary>
/// One host's politeness for the whole cluster, keyed by the host name
/// (<c>HostScheduler.HostKey</c>): the spacing between requests (the configured spacing or
/// robots.txt's Crawl-delay), the host's Retry-After and a circuit that opens after repeated
/// failures. Every worker asks it for the host's turn before a request goes on the wire.
/// </summary>
public interface IHostGrain : IGrainWithStringKey
{
    /// <summary>
    /// Grants the host's turn to <paramref name="lease"/> now, or says how long to wait before
    /// asking again. A lease not released within <see cref="HostPolicy.LeaseLimit"/> is taken
    /// back, and so is one whose <paramref name="worker"/> the cluster has declared dead, so a lost
    /// worker never blocks a host.
    /// </summary>
    Task<TurnAnswer> TryAcquireAsync(Guid lease, HostPolicy policy, SiloAddress worker);

    /// <summary>The request of <paramref name="lease"/> is over; the host's spacing starts now.</summary>
    Task ReleaseAsync(Guid lease, TurnEnd end);

    /// <summary>robots.txt's Crawl-delay for this host (already cut to the maximum honoured).</summary>
    Task SetCrawlDelayAsync(TimeSpan crawlDelay);

    /// <summary>
    /// One of this host's origins' robots.txt as a worker read it (kept for a day, as RFC 9309
    /// allows); else the first caller is told to fetch it, and the others to ask again shortly,
    /// so the site is asked once for the whole cluster.
    /// </summary>
    Task<RobotsLookup> GetRobotsAsync(string origin, Guid claimant);

    /// <summary>What the fetch of an origin's robots.txt came back with.</summary>
    Task SetRobotsAsync(string origin, RobotsRecord answer);
}

/// <summary>The wire form of <c>TosScan.Crawling.Robots.RobotsAnswer</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record RobotsRecord(
    [property: Id(0)] int? Status,
    [property: Id(1)] string? Body,
    [property: Id(2)] string? NetworkFailure,
    [property: Id(3)] bool Refused);

/// <summary>The host grain's answer about robots.txt: here it is, fetch it yourself, or (neither) ask again shortly.</summary>
[GenerateSerializer, Immutable]
public sealed record RobotsLookup(
    [property: Id(0)] RobotsRecord? Answer,
    [property: Id(1)] bool Fetch);

/// <summary>The caller's politeness settings, sent with each request for a turn (they are the scan's options).</summary>
[GenerateSerializer, Immutable]
public sealed record HostPolicy(
    [property: Id(0)] TimeSpan Spacing,
    [property: Id(1)] TimeSpan LeaseLimit,
    [property: Id(2)] double FailureRatio,
    [property: Id(3)] int MinimumThroughput,
    [property: Id(4)] TimeSpan SamplingDuration,
    [property: Id(5)] TimeSpan BreakDuration);

/// <summary>The host grain's answer: granted, wait this long and ask again, or the circuit is open until a time.</summary>
[GenerateSerializer, Immutable]
public sealed record TurnAnswer(
    [property: Id(0)] bool Granted,
    [property: Id(1)] TimeSpan Wait,
    [property: Id(2)] bool CircuitOpen);

/// <summary>How a request ended: whether it failed transiently, and a Retry-After if the host sent one.</summary>
[GenerateSerializer, Immutable]
public sealed record TurnEnd(
    [property: Id(0)] bool Failed,
    [property: Id(1)] DateTimeOffset? NotBefore);
