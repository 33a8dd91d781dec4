using TosScan.Documents;
using TosScan.Storage;

namespace TosScan.Diffing;

/// <summary>Looks up a provider's versions with errors a user can act on.</summary>
internal static class StoreVersions
{
    /// <summary>
    /// Versions of <paramref name="provider"/> (exact name first, else the one stored name that
    /// matches ignoring case), oldest first.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentVersion>> OfProviderAsync(IScanStore store, string provider, DocumentType? type, CancellationToken cancellationToken)
    {
        var versions = await store.GetVersionsAsync(provider, type, cancellationToken).ConfigureAwait(false);
        if (versions.Count > 0)
        {
            return versions;
        }

        var known = (await store.GetCurrentVersionsAsync(null, cancellationToken).ConfigureAwait(false))
            .Select(v => v.Provider)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var sameIgnoringCase = known.Where(k => string.Equals(k, provider, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameIgnoringCase.Count == 1 && sameIgnoringCase[0] != provider)
        {
            return await OfProviderAsync(store, sameIgnoringCase[0], type, cancellationToken).ConfigureAwait(false);
        }

        var what = type is { } t ? $"no stored {t.ToWireName()} of provider '{provider}'" : $"no stored versions of provider '{provider}'";
        throw new HistoryException(known.Count == 0
            ? $"{what}: the store is empty; run 'tosscan scan' first"
            : $"{what}; known providers: {string.Join(", ", known)}");
    }
}
