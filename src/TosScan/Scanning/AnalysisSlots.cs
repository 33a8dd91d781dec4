namespace TosScan.Scanning;

/// <summary>
/// The CPU-bound part of a scan (extract, segment, classify, score) runs at most this many documents
/// at once, sized to the cores. Providers waiting on a host's politeness hold no slot, so many can
/// wait while the cores stay busy; and the documents that wait for a slot are bounded by the
/// providers in flight, not by the list.
/// </summary>
public sealed class AnalysisSlots : IDisposable
{
    private readonly SemaphoreSlim _slots;

    /// <param name="count">Documents analysed at once; 1-256.</param>
    public AnalysisSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 256);
        Count = count;
        _slots = new SemaphoreSlim(count, count);
    }

    public int Count { get; }

    /// <summary>Runs <paramref name="work"/> in a slot, on the thread pool.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
