using System.Collections.Concurrent;

namespace TosScan.Crawling.Http;

/// <summary>
/// Pages discovery already fetched (a well-known path it probed, a legal hub that turned out to
/// be the document), handed to the fetcher so the same URL is not requested twice in one scan.
/// Each page is kept for as many fetches as discovery chose it for, then dropped.
/// </summary>
internal sealed class RecentPages
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);

    /// <param name="requested">The URL as discovery asked for it (the target's location).</param>
    /// <param name="page">What came back.</param>
    /// <param name="uses">How many targets point at it (one per document type found there).</param>
    public void Put(Uri requested, PageResult page, int uses = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(uses, 1);
        _pages[requested.AbsoluteUri] = new Entry(page, uses);
    }

    public PageResult? TryTake(Uri requested)
    {
        var key = requested.AbsoluteUri;
        if (!_pages.TryGetValue(key, out var entry))
        {
            return null;
        }

        var left = Interlocked.Decrement(ref entry.Left);
        if (left <= 0)
        {
            _pages.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }

        return left >= 0 ? entry.Page : null;
    }

    private sealed class Entry(PageResult page, int left)
    {
        public int Left = left;

        public PageResult Page { get; } = page;
    }
}
