using Microsoft.Data.Sqlite;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage.Compression;

namespace TosScan.Storage.Sqlite;

/// <summary>Reads rows into the store records; the column lists here and in the queries must match.</summary>
internal static class SqliteRows
{
    public const string FetchColumns =
        "id, provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at, snapshot_sha256, headers_json, found_by, etag, last_modified";

    public const string VersionColumns =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_codec";

    public const string DecisionColumns =
        "id, provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at";

    public static FetchRecord ReadFetch(SqliteDataReader r) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            NullableString(r, 4),
            r.GetString(5),
            r.IsDBNull(6) ? null : r.GetInt32(6),
            NullableString(r, 7),
            SqliteTime.FromDb(r.GetString(8)),
            NullableString(r, 9),
            NullableString(r, 10),
            NullableString(r, 11))
        {
            Id = r.GetInt64(0),
            ETag = NullableString(r, 12),
            LastModified = NullableString(r, 13),
        };

    public static DocumentVersion ReadVersion(SqliteDataReader r) =>
        new(
            r.GetInt64(0),
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            SqliteTime.FromDb(r.GetString(6)),
            StoredBlob.UnpackText(r.GetValue(7), r.GetString(8)));

    public static ReviewDecision ReadDecision(SqliteDataReader r) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            r.GetString(6),
            NullableString(r, 7),
            r.GetString(8),
            NullableString(r, 9),
            SqliteTime.FromDb(r.GetString(10)))
        {
            Id = r.GetInt64(0),
        };

    public static object DbValue(string? value) => value is null ? DBNull.Value : value;

    public static object DbValue(int? value) => value is null ? DBNull.Value : value.Value;

    private static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DocumentType ReadType(SqliteDataReader r, int ordinal)
    {
        var wire = r.GetString(ordinal);
        return DocumentTypes.TryParse(wire, out var type)
            ? type
            : throw new SqliteStoreException($"The scan database holds an unknown document type '{wire}'; it may have been written by a newer TosScan.");
    }
}
