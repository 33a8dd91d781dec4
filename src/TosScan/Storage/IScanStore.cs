using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// Where scans keep what they saw. Fetches, snapshots and versions are kept apart: every attempt
/// is a fetch, bytes are stored once per SHA-256, and text is a new version only when it changed.
/// Implementations must be safe to call from several tasks at once. SQLite is the embedded
/// default; the interface is small so a server database or a distributed engine can take over.
/// </summary>
public interface IScanStore : IFetchHistory, IAsyncDisposable
{
    /// <summary>Records one fetch attempt and returns it with its id.</summary>
    Task<FetchRecord> AddFetchAsync(FetchRecord fetch, CancellationToken cancellationToken);

    /// <summary>Stores the bytes unless a snapshot with the same SHA-256 exists. Returns true when added.</summary>
    Task<bool> AddSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken);

    Task<Snapshot?> GetSnapshotAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a version unless the latest version of the same provider and type has the same text
    /// hash, in which case that latest version is returned with <c>IsNew = false</c>.
    /// </summary>
    Task<VersionWrite> AddVersionAsync(string provider, DocumentType type, string location, string snapshotSha256, DateTimeOffset retrievedAt, string text, CancellationToken cancellationToken);

    /// <summary>Saves (or replaces) the analysis JSON of a version.</summary>
    Task SaveAnalysisAsync(long versionId, string analysisJson, CancellationToken cancellationToken);

    Task<string?> GetAnalysisAsync(long versionId, CancellationToken cancellationToken);

    /// <summary>All versions of one provider's documents, oldest first (optionally of one type).</summary>
    Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string provider, DocumentType? type, CancellationToken cancellationToken);

    /// <summary>
    /// The newest version of one provider's document, with its text empty (see
    /// <see cref="GetCurrentVersionsWithoutTextAsync"/>); null when there is none. A re-scan asks
    /// this for every document it fetches, so stores should override it with a one-row query.
    /// </summary>
    async Task<DocumentVersion?> GetLatestVersionWithoutTextAsync(string provider, DocumentType type, CancellationToken cancellationToken)
    {
        var versions = await GetVersionsAsync(provider, type, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[^1] with { Text = string.Empty };
    }

    /// <summary>The newest version of every provider and type, as it stood at <paramref name="asOf"/> (now when null).</summary>
    Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsAsync(DateTimeOffset? asOf, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="GetCurrentVersionsAsync"/>, with every <see cref="DocumentVersion.Text"/> empty: for
    /// going through many documents whose text is read elsewhere (a report reads it from each
    /// analysis, one at a time), so memory does not grow with the store. Stores should override
    /// this with a query that leaves the text out.
    /// </summary>
    async Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsWithoutTextAsync(DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        [.. (await GetCurrentVersionsAsync(asOf, cancellationToken).ConfigureAwait(false)).Select(v => v with { Text = string.Empty })];

    /// <summary>All fetch attempts of one provider, oldest first.</summary>
    Task<IReadOnlyList<FetchRecord>> GetFetchesAsync(string provider, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);
}
