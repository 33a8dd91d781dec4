using System.Collections.Concurrent;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Politeness;
using TosScan.Crawling;
using TosScan.Scanning;
using TosScan.Storage;

namespace TosScan.Cluster.Worker;

/// <summary>
/// What one worker scans providers with: per distinct <see cref="ScanSettings"/>, one crawler
/// whose host turns are the cluster's, one <see cref="ProviderScanner"/> (the code the local scan
/// runs) over the worker's store, analysis slots sized to the worker, and a bound on the providers
/// this worker runs at once. Built on first use, disposed with the worker.
/// </summary>
internal sealed class WorkerEngines(IGrainFactory grains, ILocalSiloDetails silo, IScanStore store, IAnalyzerSource analyzers, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ScanSettings, Lazy<Engine>> _engines = new();

    // Stops every provider still running when the worker stops, killed or not.
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>Scans one provider with <c>sink: null</c>: workers write nothing but the store.</summary>
    public async Task<IReadOnlyList<StatusRow>> ScanAsync(ProviderJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var engine = _engines.GetOrAdd(job.Settings, s => new Lazy<Engine>(() => Build(s))).Value;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        await engine.Providers.WaitAsync(stop.Token).ConfigureAwait(false);
        try
        {
            var rows = await engine.Scanner.ScanAsync(ClusterRows.ToEntry(job.Provider), sink: null, stop.Token).ConfigureAwait(false);
            return [.. rows.Select(ClusterRows.ToWire)];
        }
        finally
        {
            engine.Providers.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        foreach (var engine in _engines.Values.Where(e => e.IsValueCreated).Select(e => e.Value))
        {
            await engine.Crawler.DisposeAsync().ConfigureAwait(false);
            engine.Turns.Dispose();
            engine.Slots.Dispose();
            engine.Providers.Dispose();
        }

        _lifetime.Dispose();
    }

    private Engine Build(ScanSettings settings)
    {
        var options = ClusterRows.ToCrawlerOptions(settings);
        var turns = new ClusterHostTurns(grains, silo.SiloAddress, options, time);
        var crawler = Crawler.Create(options, time, store, turns);
        var slots = new AnalysisSlots(settings.AnalysisParallelism);
        var scanner = new ProviderScanner(crawler.Locator, crawler.Fetcher, analyzers.Create(settings.Language), store, slots);
        return new Engine(crawler, turns, slots, scanner, new SemaphoreSlim(settings.MaxParallelProviders, settings.MaxParallelProviders));
    }

    private sealed record Engine(Crawler Crawler, ClusterHostTurns Turns, AnalysisSlots Slots, ProviderScanner Scanner, SemaphoreSlim Providers);
}
