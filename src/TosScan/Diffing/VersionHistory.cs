using TosScan.Documents;
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
public sealed record VersionEntry(long Id, DateTimeOffset RetrievedAt, string Location, string SnapshotSha256, string TextSha256, int Characters, bool Analysed);

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
                var analysed = await store.GetAnalysisAsync(v.Id, cancellationToken).ConfigureAwait(false) is not null;
                entries.Add(new VersionEntry(v.Id, v.RetrievedAt, v.Location, v.SnapshotSha256, v.TextSha256, v.Text.Length, analysed));
            }

            documents.Add(new DocumentHistory(group.Key.ToWireName(), entries));
        }

        return new ProviderHistory(versions[0].Provider, documents);
    }
}
