using Microsoft.Data.Sqlite;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage.Compression;

namespace TosScan.Storage.Sqlite;

/// <summary>Reads rows into the store records; the column lists here and in the queries must match.</summary>
internal static class SqliteRows
{
    public const string VersionColumns =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_codec";

    /// <summary>The columns of <see cref="VersionColumns"/> with an empty text in place of the stored one.</summary>
    public const string VersionColumnsWithoutText =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, '' AS text, 'none' AS text_codec";

    public const string DecisionColumns =
        "id, provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at";

    public static DocumentVersion ReadVersion(SqliteDataReader r) =>
        StoreRows.ReadVersion(r, StoredBlob.UnpackText(r.GetValue(7), r.GetString(8)));

    public static ReviewDecision ReadDecision(SqliteDataReader r) => StoreRows.ReadDecision(r, r.GetString(4));

    public static object DbValue(string? value) => value is null ? DBNull.Value : value;

    public static object DbValue(int? value) => value is null ? DBNull.Value : value.Value;
}
