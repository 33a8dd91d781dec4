using Npgsql;
using NpgsqlTypes;
using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Storage.Postgres;

/// <summary>Reads rows into the store records and binds parameters; the column lists here and in the queries must match.</summary>
internal static class PostgresRows
{
    public const string VersionColumns =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_exact";

    /// <summary>The columns of <see cref="VersionColumns"/> with an empty text in place of the stored one.</summary>
    public const string VersionColumnsWithoutText =
        "id, provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, '' AS text, NULL::bytea AS text_exact";

    public const string DecisionColumns =
        "id, provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at, clause_text_exact";

    public static DocumentVersion ReadVersion(NpgsqlDataReader r) =>
        StoreRows.ReadVersion(r, PostgresText.Join(r.GetString(7), NullableBytes(r, 8)));

    public static ReviewDecision ReadDecision(NpgsqlDataReader r) =>
        StoreRows.ReadDecision(r, PostgresText.Join(r.GetString(4), NullableBytes(r, 11)));

    public static void AddText(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)PostgresText.Plain(value) ?? DBNull.Value });

    public static void AddTime(this NpgsqlParameterCollection parameters, string name, DateTimeOffset? value) =>
        parameters.AddText(name, value is { } v ? StoreTime.ToDb(v) : null);

    public static void AddBytes(this NpgsqlParameterCollection parameters, string name, byte[]? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bytea) { Value = (object?)value ?? DBNull.Value });

    public static void AddBigint(this NpgsqlParameterCollection parameters, string name, long value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = value });

    public static void AddInteger(this NpgsqlParameterCollection parameters, string name, int? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Integer) { Value = value is { } v ? v : DBNull.Value });


    private static byte[]? NullableBytes(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<byte[]>(ordinal);
}
