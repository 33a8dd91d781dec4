using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>Raw bytes, stored once per distinct SHA-256.</summary>
public sealed record Snapshot(string Sha256, string MediaType, ReadOnlyMemory<byte> Bytes, DateTimeOffset FirstSeenAt);

/// <summary>
/// The extracted text of a document at a point in time. A new version is stored only when the
/// text changed; <see cref="Id"/> orders versions of the same document. <see cref="TextSha256"/>
/// is the hash of the text after <see cref="VersionNormalizer"/> removed noise (tracking
/// parameters, invisible characters, whitespace), so that noise never makes a new version.
/// </summary>
public sealed record DocumentVersion(
    long Id,
    string Provider,
    DocumentType Type,
    string Location,
    string SnapshotSha256,
    string TextSha256,
    DateTimeOffset RetrievedAt,
    string Text);

/// <summary>What <see cref="IScanStore.AddVersionAsync"/> did.</summary>
/// <param name="Version">The current version (new or the unchanged previous one).</param>
/// <param name="IsNew">False when the text matched the latest version and nothing was added.</param>
public sealed record VersionWrite(DocumentVersion Version, bool IsNew);

/// <summary>How much the store holds; used by tests and the scan summary.</summary>
public sealed record StoreCounts(long Fetches, long Snapshots, long Versions);
