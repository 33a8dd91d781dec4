using Npgsql;
using NpgsqlTypes;
using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Storage.Postgres;

/// <summary>Reads rows into the store records and binds parameters; the column lists here and in the queries must match.</summary>
internal static class PostgresRows
{
    public const string FetchColumns =
        "id, provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at, snapshot_sha256, headers_json, found_by, etag, last_modified";

    public const string VersionColumns =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_exact";

    public const string DecisionColumns =
        "id, provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at, clause_text_exact";

    public static FetchRecord ReadFetch(NpgsqlDataReader r) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            NullableString(r, 4),
            r.GetString(5),
            r.IsDBNull(6) ? null : r.GetInt32(6),
            NullableString(r, 7),
            PostgresTime.FromDb(r.GetString(8)),
            NullableString(r, 9),
            NullableString(r, 10),
            NullableString(r, 11))
        {
            Id = r.GetInt64(0),
            ETag = NullableString(r, 12),
            LastModified = NullableString(r, 13),
        };

    public static DocumentVersion ReadVersion(NpgsqlDataReader r) =>
        new(
            r.GetInt64(0),
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            r.GetString(4),
            r.GetString(5),
            PostgresTime.FromDb(r.GetString(6)),
            PostgresText.Join(r.GetString(7), NullableBytes(r, 8)));

    public static ReviewDecision ReadDecision(NpgsqlDataReader r) =>
        new(
            r.GetString(1),
            ReadType(r, 2),
            r.GetString(3),
            PostgresText.Join(r.GetString(4), NullableBytes(r, 11)),
            r.GetString(5),
            r.GetString(6),
            NullableString(r, 7),
            r.GetString(8),
            NullableString(r, 9),
            PostgresTime.FromDb(r.GetString(10)))
        {
            Id = r.GetInt64(0),
        };

    public static void AddText(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)PostgresText.Plain(value) ?? DBNull.Value });

    public static void AddTime(this NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.AddText(name, value is { } v ? PostgresTime.ToDb(v) : null);

    public static void AddBytes(this NpgsqlParameterCollection parameters, string name, byte[]? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bytea) { Value = (object?)value ?? DBNull.Value });

    public static void AddBigint(this NpgsqlParameterCollection parameters, string name, long value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = value });

    public static void AddInteger(this NpgsqlParameterCollection parameters, string name, int? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = value is { } v ? v : DBNull.Value });

    private static string? NullableString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static byte[]? NullableBytes(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<byte[]>(ordinal);

    private static DocumentType ReadType(NpgsqlDataReader r, int ordinal)
    {
        var wire = r.GetString(ordinal);
        return DocumentTypes.TryParse(wire, out var type)
            ? type
            : throw new PostgresStoreException($"The scan database holds an unknown document type '{wire}'; it may have been written by a newer TosScan.");
    }
}
