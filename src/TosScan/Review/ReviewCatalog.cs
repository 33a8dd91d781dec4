using System.Text.Json;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>An analysed current version as the review screen reads it; <see cref="Version"/> is kept so the queue can grade it as the report would.</summary>
internal sealed record ReviewDocument(long VersionId, string Provider, DocumentType Type, string Location, DateTimeOffset RetrievedAt, DocumentJson Analysis, DocumentVersion Version);

/// <summary>What the catalog could read, and which versions it could not (shown on the page, never fatal).</summary>
internal sealed record CatalogContents(IReadOnlyList<ReviewDocument> Documents, IReadOnlyList<string> Problems);

/// <summary>
/// Reads the current version of every document and its analysis JSON from the store, on every
/// request: a scan running next to the review screen shows up on the next page load, and the
/// server holds no copy that could go stale.
/// </summary>
internal sealed class ReviewCatalog(IScanStore store)
{
    /// <summary>Names of the providers with a current version, in the order the index lists them.</summary>
    public async Task<IReadOnlyList<string>> ProvidersAsync(CancellationToken cancellationToken) =>
        [.. (await store.GetCurrentVersionsAsync(null, cancellationToken).ConfigureAwait(false))
            .Select(v => v.Provider)
            .Distinct(StringComparer.Ordinal)
            .Order(ProviderOrder)];

    /// <summary>Providers are listed case-insensitively, ties broken ordinally so the order is total.</summary>
    public static IComparer<string> ProviderOrder { get; } = Comparer<string>.Create((a, b) =>
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(a, b);
    });

    /// <param name="provider">Only this provider's documents (ordinal match) when given.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async Task<CatalogContents> LoadAsync(string? provider, CancellationToken cancellationToken)
    {
        var versions = await store.GetCurrentVersionsAsync(null, cancellationToken).ConfigureAwait(false);
        var documents = new List<ReviewDocument>();
        var problems = new List<string>();
        foreach (var version in versions
            .Where(v => provider is null || string.Equals(v.Provider, provider, StringComparison.Ordinal))
            .OrderBy(v => v.Provider, ProviderOrder)
            .ThenBy(v => v.Type))
        {
            var json = await store.GetAnalysisAsync(version.Id, cancellationToken).ConfigureAwait(false);
            if (json is null)
            {
                problems.Add($"{version.Provider} {version.Type.ToWireName()}: version {version.Id} has no analysis yet; run a scan to analyse it.");
                continue;
            }

            try
            {
                documents.Add(new ReviewDocument(version.Id, version.Provider, version.Type, version.Location, version.RetrievedAt, DocumentJsonMapper.Deserialize(json), version));
            }
            catch (JsonException ex)
            {
                problems.Add($"{version.Provider} {version.Type.ToWireName()}: the analysis of version {version.Id} cannot be read ({ex.Message}); re-run the scan.");
            }
        }

        return new CatalogContents(documents, problems);
    }
}
