using System.Diagnostics;

namespace TosScan.Scanning;

/// <summary>
/// Where a scan's time went, summed over its documents: fetching (waiting on politeness included),
/// analysing (in an analysis slot) and storing. Safe to add to from many providers at once; the
/// figures behind docs/scale.md's per-document costs.
/// </summary>
public sealed class StepTimes
{
    private long _fetchTicks;
    private long _analysisTicks;
    private long _storeTicks;
    private int _analysed;
    private int _fetched;

    public TimeSpan Fetch => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _fetchTicks));

    public TimeSpan Analysis => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _analysisTicks));

    public TimeSpan Store => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _storeTicks));

    /// <summary>Documents fetched (with content or not).</summary>
    public int Fetched => Volatile.Read(ref _fetched);

    /// <summary>Documents analysed (not those whose stored analysis was reused).</summary>
    public int Analysed => Volatile.Read(ref _analysed);

    internal void AddFetch(long startTimestamp)
    {
        Interlocked.Add(ref _fetchTicks, Stopwatch.GetTimestamp() - startTimestamp);
        Interlocked.Increment(ref _fetched);
    }

    internal void AddAnalysis(long startTimestamp)
    {
        Interlocked.Add(ref _analysisTicks, Stopwatch.GetTimestamp() - startTimestamp);
        Interlocked.Increment(ref _analysed);
    }

    internal void AddStore(long startTimestamp) => Interlocked.Add(ref _storeTicks, Stopwatch.GetTimestamp() - startTimestamp);
}
