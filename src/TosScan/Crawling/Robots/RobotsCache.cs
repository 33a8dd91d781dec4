using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using TosScan.Crawling.Http;
using TosScan.Crawling.Politeness;

namespace TosScan.Crawling.Robots;

/// <summary>
/// Fetches each origin's robots.txt once per crawler and answers whether a URL may be fetched.
/// RFC 9309 §2.3.1: a 4xx means no restrictions; a 5xx or an unreachable server means the whole
/// site is disallowed (we also treat 429 that way: the server is refusing us). A 5xx is recorded
/// as blocked; a server that does not answer at all as failed, with the network's reason. A Crawl-delay is
/// handed to the host turns (<see cref="IHostTurns"/>) so every later request to the host is spaced by it.
/// </summary>
internal sealed class RobotsCache(PageLoader loader, IHostTurns turns, CrawlerOptions options, CancellationToken lifetime)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsEntry>>> _origins = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsVerdict> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var (rules, unreachable, failure, refused) = await GetEntryAsync(url, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return new RobotsVerdict(false, failure) { Failure = failure, Refused = refused };
        }

        if (rules.IsAllowed(url.PathAndQuery))
        {
            return RobotsVerdict.Yes;
        }

        return new RobotsVerdict(false, unreachable is null ? FailureReasons.DisallowedByRobots : $"{FailureReasons.DisallowedByRobots} ({unreachable}; treated as disallow all, RFC 9309)");
    }

    /// <summary>The rules of a URL's origin (fetched on first use).</summary>
    public async Task<RobotsRules> GetAsync(Uri url, CancellationToken cancellationToken) =>
        (await GetEntryAsync(url, cancellationToken).ConfigureAwait(false)).Rules;

    private async Task<RobotsEntry> GetEntryAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        // The fetch belongs to the crawler, not to the first caller: a caller that gives up stops
        // waiting, while the others still get the answer.
        var lazy = _origins.GetOrAdd(origin, o => new Lazy<Task<RobotsEntry>>(() => FetchAsync(new Uri(o + "/robots.txt"), lifetime)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (lazy.Value.IsFaulted)
        {
            // A network failure is an answer (above); a fault is not, such as the cluster's host
            // grain being unreachable while its worker is replaced. Remembering it would fail every
            // later document of the origin for the crawler's life, so the next caller tries again.
            _origins.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsEntry>>>(origin, lazy));
            throw;
        }
    }

    private async Task<RobotsEntry> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var origin = robotsUrl.GetLeftPart(UriPartial.Authority);
        var answer = await turns.GetRobotsAsync(origin, cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            answer = await LoadAsync(robotsUrl, cancellationToken).ConfigureAwait(false);
            await turns.SetRobotsAsync(origin, answer, cancellationToken).ConfigureAwait(false);
        }

        var result = Read(answer);
        if (result.Rules.CrawlDelay is { } delay)
        {
            await turns.SetCrawlDelayAsync(HostScheduler.HostKey(robotsUrl), delay, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<RobotsAnswer> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        // RFC 9309 §2.3.1.2: follow at least five redirects.
        var page = await loader.LoadAsync(robotsUrl, null, robots: null, Math.Max(5, options.MaxRedirects), cancellationToken).ConfigureAwait(false);
        if (page.Response is not { } response)
        {
            return new RobotsAnswer(null, null, page.Reason, page.IsRefusal);
        }

        var body = response.IsSuccess ? Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, RobotsParser.MaxBytes)) : null;
        return new RobotsAnswer(response.StatusCode, body, null, false);
    }

    private RobotsEntry Read(RobotsAnswer answer) => answer switch
    {
        // Nothing answered (refused address, host down, timeout): nothing may be fetched, and the
        // documents are recorded as failed with the network's reason, not as blocked.
        { Status: null } => new RobotsEntry(RobotsRules.DisallowAll, null, answer.Refused ? answer.NetworkFailure : $"host unreachable ({answer.NetworkFailure})", answer.Refused),
        { Status: >= 200 and < 300 } => new(RobotsParser.Parse(answer.Body ?? string.Empty, options.UserAgent), null, null, false),
        { Status: >= 400 and < 500 and not 429 } => new(RobotsRules.AllowAll, null, null, false),
        _ => new(RobotsRules.DisallowAll, string.Create(CultureInfo.InvariantCulture, $"robots.txt answered HTTP {answer.Status}"), null, false),
    };

    private sealed record RobotsEntry(RobotsRules Rules, string? Unreachable, string? Failure, bool Refused);
}
