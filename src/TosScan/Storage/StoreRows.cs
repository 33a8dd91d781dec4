using System.Data.Common;
using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// Row readers both stores share: the fetch table has the same columns in SQLite and PostgreSQL
/// (<c>id, provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at,
/// snapshot_sha256, headers_json, found_by, etag, last_modified</c>), so it is read in one place.
/// </summary>
internal static class StoreRows
{
    public const string FetchColumns =
        "id, provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at, snapshot_sha256, headers_json, found_by, etag, last_modified";

    public static FetchRecord ReadFetch(DbDataReader r) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            NullableString(r, 4),
            r.GetString(5),
            r.IsDBNull(6) ? null : r.GetInt32(6),
            NullableString(r, 7),
            StoreTime.FromDb(r.GetString(8)),
            NullableString(r, 9),
            NullableString(r, 10),
            NullableString(r, 11))
        {
            Id = r.GetInt64(0),
            ETag = NullableString(r, 12),
            LastModified = NullableString(r, 13),
        };

    /// <summary>
    /// A version row read from <c>id, provider, doc_type, location, snapshot_sha256, text_sha256,
    /// retrieved_at</c> (ordinals 0-6) with its text, which each store keeps in its own form.
    /// </summary>
    public static DocumentVersion ReadVersion(DbDataReader r, string text) =>
        new(
            r.GetInt64(0),
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            StoreTime.FromDb(r.GetString(6)),
            text);

    /// <summary>
    /// A decision row read from <c>id, provider, doc_type, clause_key, clause_text, label, decision,
    /// new_label, reviewer, note, decided_at</c> (ordinals 0-10) with its clause text, which each
    /// store keeps in its own form.
    /// </summary>
    public static ReviewDecision ReadDecision(DbDataReader r, string clauseText) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            clauseText,
            r.GetString(5),
            r.GetString(6),
            NullableString(r, 7),
            r.GetString(8),
            NullableString(r, 9),
            StoreTime.FromDb(r.GetString(10)))
        {
            Id = r.GetInt64(0),
        };

    public static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>A document type from its wire name; one this build does not know means a newer TosScan wrote the store.</summary>
    public static DocumentType ReadType(DbDataReader r, int ordinal)
    {
        var wire = r.GetString(ordinal);
        return DocumentTypes.TryParse(wire, out var type)
            ? type
            : throw new ScanStoreException($"The scan database holds an unknown document type '{wire}'; it may have been written by a newer TosScan.");
    }
}
