using Microsoft.Data.Sqlite;
using TosScan.Storage.Compression;

namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>
/// Snapshot bytes, version text and analysis JSON are kept zstd-compressed, with their codec beside
/// them. Rows written before are compressed here, in the step's transaction, so a store is either
/// wholly old or wholly new; the values read back are byte for byte what was stored.
/// </summary>
internal sealed class M003Compression : ISchemaMigration
{
    public int Version => 3;

    public string Name => "zstd-compressed snapshots, version text and analyses";

    public async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, """
            ALTER TABLE snapshots ADD COLUMN codec TEXT NOT NULL DEFAULT 'none';
            ALTER TABLE versions ADD COLUMN text_codec TEXT NOT NULL DEFAULT 'none';
            ALTER TABLE analyses ADD COLUMN codec TEXT NOT NULL DEFAULT 'none';
            """, cancellationToken).ConfigureAwait(false);
        await CompressAsync(connection, transaction, "snapshots", "sha256", "bytes", "codec", v => StoredBlob.Pack((byte[])v), cancellationToken).ConfigureAwait(false);
        await CompressAsync(connection, transaction, "versions", "id", "text", "text_codec", v => StoredBlob.PackText((string)v), cancellationToken).ConfigureAwait(false);
        await CompressAsync(connection, transaction, "analyses", "version_id", "analysis_json", "codec", v => StoredBlob.PackText((string)v), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rewrites one column row by row (keys first, so a large store is never read whole).</summary>
    private static async Task CompressAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string key, string column, string codecColumn, Func<object, byte[]> pack, CancellationToken cancellationToken)
    {
        var keys = new List<object>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT {key} FROM {table} WHERE {codecColumn} = 'none'";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                keys.Add(reader.GetValue(0));
            }
        }

        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = $"SELECT {column} FROM {table} WHERE {key} = $key";
        var readKey = read.Parameters.AddWithValue("$key", DBNull.Value);
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = $"UPDATE {table} SET {column} = $value, {codecColumn} = '{StoredBlob.Zstd}' WHERE {key} = $key";
        var writeValue = write.Parameters.Add("$value", SqliteType.Blob);
        var writeKey = write.Parameters.AddWithValue("$key", DBNull.Value);
        foreach (var k in keys)
        {
            readKey.Value = k;
            var value = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            writeValue.Value = pack(value!);
            writeKey.Value = k;
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
