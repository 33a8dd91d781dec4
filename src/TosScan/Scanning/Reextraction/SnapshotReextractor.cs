using System.Text.Json;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Reporting.Json;
using TosScan.Storage;
using TosScan.Storage.Compression;

namespace TosScan.Scanning.Reextraction;

/// <summary>
/// Runs the current snapshot of every stored document through today's extractor and stages,
/// without fetching anything: when extraction improves, the text becomes a new version (dated
/// when its bytes were retrieved); when the text is the same, only its analysis is refreshed.
/// </summary>
internal sealed class SnapshotReextractor(IScanStore store, DocumentAnalyzer analyzer, Func<string, DocumentType, ExtractionRules>? rules = null)
{
    public async Task<IReadOnlyList<ReextractRow>> RunAsync(IProgress<ReextractRow>? progress, CancellationToken cancellationToken)
    {
        var rows = new List<ReextractRow>();
        foreach (var version in await store.GetCurrentVersionsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var row = await ReextractAsync(version, cancellationToken).ConfigureAwait(false);
            rows.Add(row);
            progress?.Report(row);
        }

        return rows;
    }

    private async Task<ReextractRow> ReextractAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        Snapshot? snapshot;
        try
        {
            snapshot = await store.GetSnapshotAsync(version.SnapshotSha256, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreFormatException ex)
        {
            // Bytes that no longer decode are damage like bytes that no longer match their hash.
            return new ReextractRow(version.Provider, version.Type, ReextractRow.Corrupt, $"snapshot {version.SnapshotSha256[..12]} cannot be read: {ex.Message}; skipped", null, null);
        }

        if (snapshot is null)
        {
            return new ReextractRow(version.Provider, version.Type, ReextractRow.Failed, $"snapshot {version.SnapshotSha256} is not in the store; re-scan the provider", null, null);
        }

        // Bytes that no longer match their hash (a bit-rotted disk, a hand-edited store) would
        // otherwise become a new version cited under the old hash: skip and say so.
        var actual = Hashing.Sha256Hex(snapshot.Bytes.Span);
        if (!string.Equals(actual, version.SnapshotSha256, StringComparison.OrdinalIgnoreCase))
        {
            return new ReextractRow(version.Provider, version.Type, ReextractRow.Corrupt,
                $"snapshot {version.SnapshotSha256[..12]} does not match its SHA-256 (its bytes hash to {actual[..12]}); skipped. The store is damaged: restore it from a backup or re-scan the provider",
                null, null);
        }

        var charset = await CharsetAsync(version, cancellationToken).ConfigureAwait(false);
        var content = new RawContent(snapshot.Bytes, snapshot.MediaType, charset, version.Location);
        var source = new DocumentSource(version.Provider, version.Type, version.Location, version.RetrievedAt, snapshot.Sha256, snapshot.MediaType);
        Document document;
        try
        {
            document = await analyzer.AnalyzeAsync(content, source, rules?.Invoke(version.Provider, version.Type) ?? ExtractionRules.None, cancellationToken).ConfigureAwait(false);
        }
        catch (ExtractionException ex)
        {
            return new ReextractRow(version.Provider, version.Type, ReextractRow.Failed, ex.Message, null, null);
        }

        var write = await store.AddVersionAsync(version.Provider, version.Type, version.Location, snapshot.Sha256, version.RetrievedAt, document.Text, cancellationToken).ConfigureAwait(false);
        var json = DocumentJsonMapper.Serialize(document);
        await store.SaveAnalysisAsync(write.Version.Id, json, cancellationToken).ConfigureAwait(false);
        return new ReextractRow(version.Provider, version.Type, write.IsNew ? ReextractRow.NewVersion : ReextractRow.Unchanged, null, write.Version.Id, json);
    }

    /// <summary>The charset the server declared when these bytes were fetched (kept in the fetch's headers).</summary>
    private async Task<string?> CharsetAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        var fetches = await store.GetFetchesAsync(version.Provider, cancellationToken).ConfigureAwait(false);
        var fetch = fetches.LastOrDefault(f => f.Type == version.Type && f.SnapshotSha256 == version.SnapshotSha256 && f.HeadersJson is not null);
        if (fetch?.HeadersJson is null)
        {
            return null;
        }

        try
        {
            using var headers = JsonDocument.Parse(fetch.HeadersJson);
            if (headers.RootElement.TryGetProperty("content-type", out var contentType)
                && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType.GetString(), out var parsed))
            {
                return parsed.CharSet?.Trim('"').ToLowerInvariant();
            }
        }
        catch (JsonException)
        {
            // Headers are informative only; extraction sniffs the charset without them.
        }

        return null;
    }
}

/// <summary>What re-extraction did with one document.</summary>
/// <param name="Provider">Provider name.</param>
/// <param name="Type">Document type.</param>
/// <param name="Status"><see cref="NewVersion"/>, <see cref="Unchanged"/>, <see cref="Failed"/> or <see cref="Corrupt"/>.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="VersionId">The version now current.</param>
/// <param name="AnalysisJson">The refreshed analysis (document JSON).</param>
internal sealed record ReextractRow(string Provider, DocumentType Type, string Status, string? Reason, long? VersionId, string? AnalysisJson)
{
    public const string NewVersion = "new_version";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";

    /// <summary>The snapshot's bytes do not match its SHA-256; it was not re-read.</summary>
    public const string Corrupt = "corrupt";
}
