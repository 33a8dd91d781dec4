using System.Collections.Concurrent;
using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Files;
using TosScan.Pipeline;
using TosScan.Storage;

namespace TosScan.Scanning;

/// <summary>
/// Runs the whole pipeline for every provider of a list in this process, many providers at once
/// (<see cref="ScanOptions.MaxParallelProviders"/>) with the CPU work bounded by
/// <see cref="ScanOptions.AnalysisParallelism"/>. Each provider is a <see cref="ProviderScanner"/>
/// run; this class adds the output folder, the status file and progress. Everything is stored as
/// soon as it is analysed, so a scan that is killed keeps everything done so far, and a re-run
/// adds only what changed. One provider failing never stops the others.
/// </summary>
public sealed class ScanRunner
{
    private readonly IDocumentLocator _locator;
    private readonly IDocumentFetcher _fetcher;
    private readonly DocumentAnalyzer _analyzer;
    private readonly IScanStore _store;
    private readonly ScanOptions _options;
    private readonly TimeProvider _time;

    public ScanRunner(IDocumentLocator locator, IDocumentFetcher fetcher, DocumentAnalyzer analyzer, IScanStore store, ScanOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        (_locator, _fetcher, _analyzer, _store, _options, _time) = (locator, fetcher, analyzer, store, options, time ?? TimeProvider.System);
    }

    public async Task<ScanResult> RunAsync(ProvidersList providers, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var rowsByProvider = new ConcurrentDictionary<int, IReadOnlyList<ScanStatusRow>>();
        var inputRows = providers.Problems.Select(p => new ScanStatusRow($"line {p.Line}", null, ScanStatuses.Failed, p.Message, null, null, null)).ToArray();
        var done = 0;
        var statusGate = new SemaphoreSlim(1, 1);
        var lastStatus = DateTimeOffset.MinValue;
        using var slots = new AnalysisSlots(_options.AnalysisParallelism);
        var times = new StepTimes();
        var scanner = new ProviderScanner(_locator, _fetcher, _analyzer, _store, slots, times);

        // Folder names unique within this list: "A/B" and "A B" must not overwrite each other's files.
        var output = new ScanOutputWriter(_options.OutputDirectory, FileNames.UniqueSlugs(providers.Providers.Select(p => p.Name)));

        try
        {
            await Parallel.ForEachAsync(
                providers.Providers.Select((p, i) => (Provider: p, Index: i)),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelProviders, CancellationToken = cancellationToken },
                async (item, ct) =>
                {
                    var rows = await scanner.ScanAsync(item.Provider, output, ct).ConfigureAwait(false);
                    rowsByProvider[item.Index] = rows;
                    var finished = Interlocked.Increment(ref done);
                    progress?.Report(new ScanProgress(finished, providers.Providers.Count, item.Provider.Name, rows.Count(r => r.IsFound), rows.Count(r => !r.IsFound)));

                    // Keep the status file current, so a killed scan still says what it did; at most
                    // once per interval, so a long list does not spend its time rewriting it.
                    if (_time.GetUtcNow() - lastStatus < _options.StatusInterval || !await statusGate.WaitAsync(0, ct).ConfigureAwait(false))
                    {
                        return;
                    }

                    try
                    {
                        lastStatus = _time.GetUtcNow();
                        await output.WriteStatusAsync(Ordered(rowsByProvider, inputRows), ct).ConfigureAwait(false);
                    }
                    finally
                    {
                        statusGate.Release();
                    }
                }).ConfigureAwait(false);
        }
        finally
        {
            // Whatever happened, the status file lists every row gathered so far.
            await statusGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            await output.WriteStatusAsync(Ordered(rowsByProvider, inputRows), CancellationToken.None).ConfigureAwait(false);
            statusGate.Dispose();
        }

        return new ScanResult(Ordered(rowsByProvider, inputRows)) { Times = times };
    }

    private static List<ScanStatusRow> Ordered(ConcurrentDictionary<int, IReadOnlyList<ScanStatusRow>> rows, ScanStatusRow[] inputRows) =>
        [.. rows.ToArray().OrderBy(kv => kv.Key).SelectMany(kv => kv.Value), .. inputRows];
}
