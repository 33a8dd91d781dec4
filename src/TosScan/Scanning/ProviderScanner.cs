using System.Diagnostics;
using System.Text;
using System.Text.Json;
using TosScan.Classification;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Scanning;

/// <summary>
/// One provider, start to end: locate -> fetch -> store snapshot and fetch -> extract, segment,
/// classify, score -> store version and analysis. The local scan runs many of these at once, and a
/// cluster worker runs the same code for the providers it is given. Each document is stored as soon
/// as it is analysed, so a provider cut short keeps what was done; one document failing never
/// stops the others. Holds no per-provider state, so one instance serves a whole scan.
/// </summary>
public sealed class ProviderScanner
{
    /// <summary>The provenance entry that says which analyzer, rules and bytes an analysis came from.</summary>
    public const string AnalysisKeyEntry = "analysis_key";

    private readonly IDocumentLocator _locator;
    private readonly IDocumentFetcher _fetcher;
    private readonly DocumentAnalyzer _analyzer;
    private readonly IScanStore _store;
    private readonly AnalysisSlots _slots;
    private readonly StepTimes _times;

    /// <param name="locator">Finds a provider's documents.</param>
    /// <param name="fetcher">Fetches them, politely.</param>
    /// <param name="analyzer">Extracts and runs the stages.</param>
    /// <param name="store">Where everything is kept.</param>
    /// <param name="slots">Bounds the CPU work shared by every provider of the process.</param>
    /// <param name="times">Sums where the time went; a new one when null.</param>
    public ProviderScanner(IDocumentLocator locator, IDocumentFetcher fetcher, DocumentAnalyzer analyzer, IScanStore store, AnalysisSlots slots, StepTimes? times = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(slots);
        (_locator, _fetcher, _analyzer, _store, _slots, _times) = (locator, fetcher, analyzer, store, slots, times ?? new StepTimes());
    }

    /// <summary>Where this scanner's time went so far.</summary>
    public StepTimes Times => _times;

    /// <summary>Scans one provider; returns one status row per document, in type order.</summary>
    /// <param name="provider">The provider's row of the list.</param>
    /// <param name="sink">Where each document's analysis is also written; null for none.</param>
    /// <param name="cancellationToken">Stops the provider between steps; what was stored stays.</param>
    public async Task<IReadOnlyList<ScanStatusRow>> ScanAsync(ProviderEntry provider, IDocumentSink? sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
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
                rows.Add(await ScanDocumentAsync(target, sink, cancellationToken).ConfigureAwait(false));
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

    private async Task<ScanStatusRow> ScanDocumentAsync(DocumentTarget target, IDocumentSink? sink, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await _fetcher.FetchAsync(target, cancellationToken).ConfigureAwait(false);
        _times.AddFetch(started);
        var record = outcome.Record;
        var url = record.FinalUrl ?? record.RequestedUrl;
        started = Stopwatch.GetTimestamp();
        if (outcome.Content is { } content && record.SnapshotSha256 is { } sha)
        {
            await _store.AddSnapshotAsync(new Snapshot(sha, content.MediaType ?? "application/octet-stream", content.Bytes, record.FetchedAt), cancellationToken).ConfigureAwait(false);
        }

        record = await _store.AddFetchAsync(record, cancellationToken).ConfigureAwait(false);
        _times.AddStore(started);
        Row Result(string status, string? reason, string? language = null) => new(target, status, reason, url, language);

        if (outcome.Content is null)
        {
            return record.Status == FetchStatus.NotModified
                ? (await RewriteUnchangedAsync(target, url, sink, cancellationToken).ConfigureAwait(false)).ToStatus()
                : Result(record.Status == ScanStatuses.Blocked ? ScanStatuses.Blocked : ScanStatuses.Failed, record.Reason ?? "no content").ToStatus();
        }

        var snapshotSha = record.SnapshotSha256 ?? Hashing.Sha256Hex(outcome.Content.Bytes.Span);
        var key = AnalysisKey(outcome.Content, snapshotSha, target.Rules);
        if (await ReuseAsync(target, url, snapshotSha, key, sink, cancellationToken).ConfigureAwait(false) is { } reused)
        {
            return reused.ToStatus();
        }

        (Document Document, string Json) analysed;
        try
        {
            var source = new DocumentSource(target.Provider, target.Type, url, record.FetchedAt, snapshotSha, outcome.Content.MediaType ?? "unknown");
            analysed = await _slots.RunAsync(
                async () =>
                {
                    var analysing = Stopwatch.GetTimestamp();
                    var document = (await _analyzer.AnalyzeAsync(outcome.Content, source, target.Rules, cancellationToken).ConfigureAwait(false))
                        .WithProvenance(AnalysisKeyEntry, key);
                    var json = DocumentJsonMapper.Serialize(document);
                    _times.AddAnalysis(analysing);
                    return (document, json);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ExtractionException ex)
        {
            // The snapshot and fetch are kept: a better extractor can re-read them later.
            return Result(ScanStatuses.Failed, ex.Message).ToStatus();
        }

        var (analysedDocument, json) = analysed;
        started = Stopwatch.GetTimestamp();
        var version = await _store.AddVersionAsync(target.Provider, target.Type, url, snapshotSha, record.FetchedAt, analysedDocument.Text, cancellationToken).ConfigureAwait(false);
        await _store.SaveAnalysisAsync(version.Version.Id, json, cancellationToken).ConfigureAwait(false);
        _times.AddStore(started);
        if (sink is not null)
        {
            await sink.WriteDocumentAsync(target.Provider, target.Type, json, cancellationToken).ConfigureAwait(false);
        }

        return Result(ScanStatuses.Found, FoundNote(analysedDocument.Language, version.IsNew ? null : "unchanged since the last scan"), analysedDocument.Language).ToStatus();
    }

    /// <summary>
    /// The same bytes, read with the same rules by an analyzer with the same fingerprint, give the
    /// same analysis: hash them together, so a stored analysis can be reused only when all agree.
    /// </summary>
    private string AnalysisKey(RawContent content, string snapshotSha, ExtractionRules rules)
    {
        var parts = new StringBuilder()
            .Append(_analyzer.Fingerprint).Append('\n')
            .Append(snapshotSha).Append('\n')
            .Append(content.MediaType).Append('\n')
            .Append(content.Charset).Append('\n')
            .AppendJoin('\u001f', rules.Select).Append('\n')
            .AppendJoin('\u001f', rules.Remove);
        return Hashing.Sha256Hex(Encoding.UTF8.GetBytes(parts.ToString()));
    }

    /// <summary>
    /// Bytes identical to the newest version's snapshot, analysed under the same key: the stored
    /// analysis is the document, as after a 304. Only the fetch record is new.
    /// </summary>
    private async Task<Row?> ReuseAsync(DocumentTarget target, string url, string snapshotSha, string key, IDocumentSink? sink, CancellationToken cancellationToken)
    {
        var latest = await LatestAnalysisAsync(target, cancellationToken).ConfigureAwait(false);
        if (latest is not { } stored
            || !string.Equals(stored.Version.SnapshotSha256, snapshotSha, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(Facts(stored.Json).Key, key, StringComparison.Ordinal))
        {
            return null;
        }

        return await RewriteAsync(target, url, stored.Json, "unchanged since the last scan (stored analysis reused)", sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A 304: the stored analysis of the newest version is still the document.</summary>
    private async Task<Row> RewriteUnchangedAsync(DocumentTarget target, string url, IDocumentSink? sink, CancellationToken cancellationToken) =>
        await LatestAnalysisAsync(target, cancellationToken).ConfigureAwait(false) is { } stored
            ? await RewriteAsync(target, url, stored.Json, "not modified since the last scan", sink, cancellationToken).ConfigureAwait(false)
            : new Row(target, ScanStatuses.Failed, "server said not modified but no stored version exists; re-run with a fresh store", url, null);

    /// <summary>The newest version of the document (without its text) and its stored analysis; null when either is missing.</summary>
    private async Task<(DocumentVersion Version, string Json)?> LatestAnalysisAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        if (await _store.GetLatestVersionWithoutTextAsync(target.Provider, target.Type, cancellationToken).ConfigureAwait(false) is not { } latest)
        {
            return null;
        }

        var json = await _store.GetAnalysisAsync(latest.Id, cancellationToken).ConfigureAwait(false);
        return json is null ? null : (latest, json);
    }

    /// <summary>Hands a stored analysis on as this scan's result for the document.</summary>
    private static async Task<Row> RewriteAsync(DocumentTarget target, string url, string json, string note, IDocumentSink? sink, CancellationToken cancellationToken)
    {
        if (sink is not null)
        {
            await sink.WriteDocumentAsync(target.Provider, target.Type, json, cancellationToken).ConfigureAwait(false);
        }

        var language = Facts(json).Language;
        return new Row(target, ScanStatuses.Found, FoundNote(language, note), url, language);
    }

    /// <summary>
    /// The key a stored analysis was made under (null for analyses stored before keys were kept)
    /// and its language, read without building the whole document.
    /// </summary>
    private static (string? Key, string? Language) Facts(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            return (Text(root, "provenance", AnalysisKeyEntry), Text(root, "document", "language"));
        }
        catch (JsonException)
        {
            // An unreadable stored analysis is never reused: the document is analysed again.
            return (null, null);
        }

        static string? Text(JsonElement root, string outer, string inner) =>
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(outer, out var section)
            && section.ValueKind == JsonValueKind.Object
            && section.TryGetProperty(inner, out var value)
            && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
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
