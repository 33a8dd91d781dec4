using System.Collections.Concurrent;

namespace TosScan.Crawling.Http;

/// <summary>
/// Pages discovery already fetched (a well-known path it probed), handed to the fetcher once so
/// the same URL is not requested twice in one scan.
/// </summary>
internal sealed class RecentPages
{
    private readonly ConcurrentDictionary<string, PageResult> _pages = new(StringComparer.Ordinal);

    public void Put(Uri requested, PageResult page) => _pages[requested.AbsoluteUri] = page;

    public PageResult? TryTake(Uri requested) => _pages.TryRemove(requested.AbsoluteUri, out var page) ? page : null;
}
