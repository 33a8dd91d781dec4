using System.Collections.Concurrent;
using TosScan.Classification;
using TosScan.Crawling.Providers;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Files;
using TosScan.Pipeline;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Scanning;

/// <summary>
/// Runs the whole pipeline for every provider of a list:
/// locate -> fetch -> store snapshot and fetch -> extract, segment, classify, score -> store
/// version and analysis -> write the document file. Each document is stored as soon as it is
/// analysed, so a scan that is killed keeps everything done so far, and a re-run adds only what
/// changed. One provider failing never stops the others.
/// </summary>
public sealed class ScanRunner
{
    private readonly IDocumentLocator _locator;
    private readonly IDocumentFetcher _fetcher;
    private readonly DocumentAnalyzer _analyzer;
    private readonly IScanStore _store;
    private readonly ScanOptions _options;

    public ScanRunner(IDocumentLocator locator, IDocumentFetcher fetcher, DocumentAnalyzer analyzer, IScanStore store, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        (_locator, _fetcher, _analyzer, _store, _options) = (locator, fetcher, analyzer, store, options);
    }

    public async Task<ScanResult> RunAsync(ProvidersList providers, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var rowsByProvider = new ConcurrentDictionary<int, IReadOnlyList<ScanStatusRow>>();
        var inputRows = providers.Problems.Select(p => new ScanStatusRow($"line {p.Line}", null, ScanStatuses.Failed, p.Message, null, null, null)).ToArray();
        var done = 0;
        var statusGate = new SemaphoreSlim(1, 1);

        // Folder names unique within this list: "A/B" and "A B" must not overwrite each other's files.
        var output = new ScanOutputWriter(_options.OutputDirectory, FileNames.UniqueSlugs(providers.Providers.Select(p => p.Name)));

        try
        {
            await Parallel.ForEachAsync(
                providers.Providers.Select((p, i) => (Provider: p, Index: i)),
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelProviders, CancellationToken = cancellationToken },
                async (item, ct) =>
                {
                    var rows = await ScanProviderAsync(item.Provider, output, ct).ConfigureAwait(false);
                    rowsByProvider[item.Index] = rows;
                    var finished = Interlocked.Increment(ref done);
                    progress?.Report(new ScanProgress(finished, providers.Providers.Count, item.Provider.Name, rows.Count(r => r.IsFound), rows.Count(r => !r.IsFound)));

                    // Keep the status file current, so a killed scan still says what it did.
                    await statusGate.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
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
            await output.WriteStatusAsync(Ordered(rowsByProvider, inputRows), CancellationToken.None).ConfigureAwait(false);
            statusGate.Dispose();
        }

        return new ScanResult(Ordered(rowsByProvider, inputRows));
    }

    private static List<ScanStatusRow> Ordered(ConcurrentDictionary<int, IReadOnlyList<ScanStatusRow>> rows, ScanStatusRow[] inputRows) =>
        [.. rows.ToArray().OrderBy(kv => kv.Key).SelectMany(kv => kv.Value), .. inputRows];

    private async Task<IReadOnlyList<ScanStatusRow>> ScanProviderAsync(ProviderEntry provider, ScanOutputWriter output, CancellationToken cancellationToken)
    {
        LocateResult located;
        try
        {
            located = await _locator.LocateAsync(provider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Discovery failures must not end the scan: record them and move on.
            return [new ScanStatusRow(provider.Name, null, ScanStatuses.Failed, $"discovery failed: {ex.Message}", provider.Home?.ToString(), null, null)];
        }

        var rows = new List<ScanStatusRow>();
        foreach (var target in located.Targets)
        {
            try
            {
                rows.Add(await ScanDocumentAsync(target, output, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A fault in one document (a bug, a full disk) is recorded and the scan goes on;
                // whatever was stored before it stays stored.
                rows.Add(new ScanStatusRow(target.Provider, target.Type, ScanStatuses.Failed,
                    $"unexpected error: {ex.GetType().Name}: {ex.Message}", target.Location.ToString(), target.FoundBy, null));
            }
        }

        rows.AddRange(located.Missing.Select(m => new ScanStatusRow(provider.Name, m.Type, m.Status, m.Reason, provider.Home?.ToString(), null, null)));
        return [.. rows.OrderBy(r => r.Type)];
    }

    private async Task<ScanStatusRow> ScanDocumentAsync(DocumentTarget target, ScanOutputWriter output, CancellationToken cancellationToken)
    {
        var outcome = await _fetcher.FetchAsync(target, cancellationToken).ConfigureAwait(false);
        var record = outcome.Record;
        var url = record.FinalUrl ?? record.RequestedUrl;
        if (outcome.Content is { } content && record.SnapshotSha256 is { } sha)
        {
            await _store.AddSnapshotAsync(new Snapshot(sha, content.MediaType ?? "application/octet-stream", content.Bytes, record.FetchedAt), cancellationToken).ConfigureAwait(false);
        }

        record = await _store.AddFetchAsync(record, cancellationToken).ConfigureAwait(false);
        Row Result(string status, string? reason, string? language = null) => new(target, status, reason, url, language);

        if (outcome.Content is null)
        {
            return record.Status == "not_modified"
                ? (await RewriteUnchangedAsync(target, url, output, cancellationToken).ConfigureAwait(false)).ToStatus()
                : Result(record.Status == ScanStatuses.Blocked ? ScanStatuses.Blocked : ScanStatuses.Failed, record.Reason ?? "no content").ToStatus();
        }

        Document document;
        try
        {
            var source = new DocumentSource(target.Provider, target.Type, url, record.FetchedAt, record.SnapshotSha256 ?? Hashing.Sha256Hex(outcome.Content.Bytes.Span), outcome.Content.MediaType ?? "unknown");
            document = await _analyzer.AnalyzeAsync(outcome.Content, source, target.Rules, cancellationToken).ConfigureAwait(false);
        }
        catch (ExtractionException ex)
        {
            // The snapshot and fetch are kept: a better extractor can re-read them later.
            return Result(ScanStatuses.Failed, ex.Message).ToStatus();
        }

        var version = await _store.AddVersionAsync(target.Provider, target.Type, url, document.Source.Sha256, record.FetchedAt, document.Text, cancellationToken).ConfigureAwait(false);
        var json = DocumentJsonMapper.Serialize(document);
        await _store.SaveAnalysisAsync(version.Version.Id, json, cancellationToken).ConfigureAwait(false);
        await output.WriteDocumentAsync(target.Provider, target.Type, json, cancellationToken).ConfigureAwait(false);
        return Result(ScanStatuses.Found, FoundNote(document.Language, version.IsNew ? null : "unchanged since the last scan"), document.Language).ToStatus();
    }

    /// <summary>A 304: the stored analysis of the newest version is still the document.</summary>
    private async Task<Row> RewriteUnchangedAsync(DocumentTarget target, string url, ScanOutputWriter output, CancellationToken cancellationToken)
    {
        var versions = await _store.GetVersionsAsync(target.Provider, target.Type, cancellationToken).ConfigureAwait(false);
        var latest = versions.Count > 0 ? versions[^1] : null;
        var json = latest is null ? null : await _store.GetAnalysisAsync(latest.Id, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return new Row(target, ScanStatuses.Failed, "server said not modified but no stored version exists; re-run with a fresh store", url, null);
        }

        await output.WriteDocumentAsync(target.Provider, target.Type, json, cancellationToken).ConfigureAwait(false);
        var language = DocumentJsonMapper.Deserialize(json).Document.Language;
        return new Row(target, ScanStatuses.Found, FoundNote(language, "not modified since the last scan"), url, language);
    }

    /// <summary>The note of a found document: first that no classifier read it, if so, so the summary never reads as clean.</summary>
    private static string? FoundNote(string? language, string? note)
    {
        var notChecked = ClassificationCoverage.Covers(language) ? null : ClassificationCoverage.NotChecked(language);
        return notChecked is null ? note : note is null ? notChecked : notChecked + "; " + note;
    }

    private sealed record Row(DocumentTarget Target, string Status, string? Reason, string Url, string? Language)
    {
        public ScanStatusRow ToStatus() => new(Target.Provider, Target.Type, Status, Reason, Url, Target.FoundBy, Language);
    }
}
