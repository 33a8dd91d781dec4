using TosScan.Classification;
using System.Text.Json;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Diffing;

/// <summary>Every stored version of one provider's documents, grouped by document type.</summary>
/// <param name="Provider">The provider as asked for.</param>
/// <param name="Documents">One entry per document type, in <see cref="DocumentType"/> order.</param>
public sealed record ProviderHistory(string Provider, IReadOnlyList<DocumentHistory> Documents);

/// <summary>The versions of one document, oldest first; the last one is current.</summary>
public sealed record DocumentHistory(string Type, IReadOnlyList<VersionEntry> Versions);

/// <summary>One stored version.</summary>
/// <param name="Id">Store id; orders versions.</param>
/// <param name="RetrievedAt">When the bytes of this version were read (UTC).</param>
/// <param name="Location">URL or path it was read from.</param>
/// <param name="SnapshotSha256">SHA-256 of the raw bytes.</param>
/// <param name="TextSha256">SHA-256 of the extracted text.</param>
/// <param name="Characters">Length of the extracted text.</param>
/// <param name="Analysed">Whether the store holds the analysis of this version (needed by <c>diff</c>).</param>
/// <param name="Clauses">Number of clauses in the analysis; null when not analysed or unreadable.</param>
/// <param name="Flags">Number of flags in the analysis; null when not analysed or unreadable.</param>
/// <param name="NotChecked">"not checked (language xx)" when the classifier did not read the version (its <paramref name="Flags"/> are then 0 only for that reason).</param>
public sealed record VersionEntry(long Id, DateTimeOffset RetrievedAt, string Location, string SnapshotSha256, string TextSha256, int Characters, bool Analysed, int? Clauses, int? Flags, string? NotChecked = null);

/// <summary>Reads the version history of a provider from the store.</summary>
public sealed class VersionHistory(IScanStore store)
{
    /// <exception cref="HistoryException">The store has no version of <paramref name="provider"/>.</exception>
    public async Task<ProviderHistory> GetAsync(string provider, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        var versions = await StoreVersions.OfProviderAsync(store, provider, null, cancellationToken).ConfigureAwait(false);
        var documents = new List<DocumentHistory>();
        foreach (var group in versions.GroupBy(v => v.Type).OrderBy(g => g.Key))
        {
            var entries = new List<VersionEntry>();
            foreach (var v in group.OrderBy(v => v.Id))
            {
                var json = await store.GetAnalysisAsync(v.Id, cancellationToken).ConfigureAwait(false);
                var analysis = Read(json);
                entries.Add(new VersionEntry(
                    v.Id, v.RetrievedAt, v.Location, v.SnapshotSha256, v.TextSha256, v.Text.Length, json is not null,
                    analysis?.Clauses.Count, analysis?.Clauses.Sum(c => c.Flags.Count),
                    analysis is null ? null : ClassificationCoverage.NotCheckedFor(analysis.Document.Language, analysis.Provenance)));
            }

            documents.Add(new DocumentHistory(group.Key.ToWireName(), entries));
        }

        return new ProviderHistory(versions[0].Provider, documents);
    }

    /// <summary>A history lists what it can: an unreadable analysis shows as counts unknown, not as an error.</summary>
    private static DocumentJson? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return DocumentJsonMapper.Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
