using System.Text.Json;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Diffing;

/// <summary>What <see cref="StoredVersionDiffer.CompareNewestAsync"/> found.</summary>
/// <param name="Diffs">One diff per document type with at least two versions.</param>
/// <param name="Skipped">Why other document types were not compared (e.g. only one version so far).</param>
public sealed record StoredDiffResult(IReadOnlyList<DocumentDiff> Diffs, IReadOnlyList<string> Skipped);

/// <summary>Compares the two newest stored versions of a provider's documents.</summary>
public sealed class StoredVersionDiffer(IScanStore store, DocumentDiffer differ)
{
    /// <param name="provider">Provider name as in the providers list.</param>
    /// <param name="type">One document type, or null for every type the provider has.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="HistoryException">Nothing can be compared: unknown provider, a single version, or a version with no readable analysis.</exception>
    public async Task<StoredDiffResult> CompareNewestAsync(string provider, DocumentType? type, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        var versions = await StoreVersions.OfProviderAsync(store, provider, type, cancellationToken).ConfigureAwait(false);
        var diffs = new List<DocumentDiff>();
        var skipped = new List<string>();
        foreach (var group in versions.GroupBy(v => v.Type).OrderBy(g => g.Key))
        {
            var newestTwo = group.OrderByDescending(v => v.Id).Take(2).ToList();
            if (newestTwo.Count < 2)
            {
                skipped.Add($"{newestTwo[0].Provider} {group.Key.ToWireName()}: only one version (retrieved {newestTwo[0].RetrievedAt:yyyy-MM-dd}); nothing to compare yet");
                continue;
            }

            var older = await AnalysisAsync(newestTwo[1], cancellationToken).ConfigureAwait(false);
            var newer = await AnalysisAsync(newestTwo[0], cancellationToken).ConfigureAwait(false);
            diffs.Add(differ.Compare(older, newer));
        }

        if (diffs.Count == 0)
        {
            throw new HistoryException(string.Join("; ", skipped));
        }

        return new StoredDiffResult(diffs, skipped);
    }

    private async Task<DocumentJson> AnalysisAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        var json = await store.GetAnalysisAsync(version.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new HistoryException($"{version.Provider} {version.Type.ToWireName()} version {version.Id} (retrieved {version.RetrievedAt:yyyy-MM-dd}) has no analysis; re-run 'tosscan scan' to analyse it");
        try
        {
            return DocumentJsonMapper.Deserialize(json);
        }
        catch (JsonException ex)
        {
            throw new HistoryException($"{version.Provider} {version.Type.ToWireName()} version {version.Id}: the stored analysis cannot be read ({ex.Message}); re-run 'tosscan scan'", ex);
        }
    }
}
