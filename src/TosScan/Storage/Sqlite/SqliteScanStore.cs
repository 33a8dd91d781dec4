using Microsoft.Data.Sqlite;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage.Compression;
using TosScan.Storage.Sqlite.Migrations;

namespace TosScan.Storage.Sqlite;

/// <summary>
/// The embedded scan store: one SQLite file in WAL mode. One connection is shared and every call
/// takes a gate, so calls from many tasks are serialised in this process; WAL and a busy timeout
/// let another process (a second <c>tosscan</c>, or the sqlite3 shell) read and write meanwhile.
/// Open with <see cref="OpenAsync(string, TimeProvider, CancellationToken)"/>.
/// </summary>
public sealed class SqliteScanStore : IScanDatabase
{
    /// <summary>How long a call waits for another process's write lock before failing.</summary>
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _disposed;

    private SqliteScanStore(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        _time = time;
        Path = path;
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => Path;

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/> and brings its schema
    /// up to date. Throws <see cref="SqliteStoreException"/> naming the file when it is not a
    /// SQLite database, is damaged, or was written by a newer TosScan.
    /// </summary>
    public static Task<SqliteScanStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(path, time, SchemaMigrations.All, cancellationToken);

    internal static async Task<SqliteScanStore> OpenAsync(string path, TimeProvider time, IReadOnlyList<ISchemaMigration> migrations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var migrator = new SchemaMigrator(migrations, time);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new SqliteStoreException($"The scan database path '{fullPath}' is a folder; pass --db a file path such as '{System.IO.Path.Combine(fullPath, "tosscan.db")}'.");
        }

        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Without pooling, disposing the store closes the file, so it can be moved or reopened at once.
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The first statement reads the header, so a file that is not SQLite fails here, before anything is written.
            await PragmaAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}", cancellationToken).ConfigureAwait(false);
            await EnsureTosScanDatabaseAsync(connection, fullPath, cancellationToken).ConfigureAwait(false);
            await PragmaAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
            await PragmaAsync(connection, "PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
            await PragmaAsync(connection, "PRAGMA foreign_keys = ON", cancellationToken).ConfigureAwait(false);
            await migrator.MigrateAsync(connection, fullPath, cancellationToken).ConfigureAwait(false);
            return new SqliteScanStore(connection, fullPath, time);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new SqliteStoreException(
                $"'{fullPath}' is not a usable scan database: it is not a SQLite file or it is damaged (SQLite: {ex.Message}). " +
                "TosScan did not change it. Move it aside or restore it from a backup, or pass --db a new file.",
                ex);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new SqliteStoreException(
                $"Cannot open the scan database '{fullPath}' (SQLite: {ex.Message}). Check that the folder exists and is writable, and that no other program holds the file locked.",
                ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Proves the store can be written now, without writing anything. SQLite opens a read-only file
    /// (or a file on a read-only file system) silently and only the first write fails, after the
    /// work it was meant to record; commands that write call this before they start.
    /// Throws <see cref="SqliteStoreException"/> naming the file when it cannot be written.
    /// </summary>
    public Task EnsureWritableAsync(CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var read = c.CreateCommand();
            read.CommandText = "PRAGMA user_version";
            var userVersion = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                // In WAL mode BEGIN IMMEDIATE succeeds even on a read-only file; only a page write is
                // refused. Rewriting user_version with its own value is such a write, rolled back.
                await PragmaAsync(c, "BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
                try
                {
                    await PragmaAsync(c, $"PRAGMA user_version = {userVersion}", cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await PragmaAsync(c, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 8 or 10 or 14)
            {
                // 8 READONLY, 10 IOERR, 14 CANTOPEN (the folder refuses the -wal or -shm file).
                throw new SqliteStoreException(
                    $"The scan database '{Path}' is read-only (SQLite: {ex.Message}); nothing was done. Make the file and its folder writable, or pass --db a writable copy.",
                    ex);
            }

            return true;
        }, cancellationToken);

    public Task<FetchRecord> AddFetchAsync(FetchRecord fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = """
                INSERT INTO fetches (provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at, snapshot_sha256, headers_json, found_by, etag, last_modified)
                VALUES ($provider, $type, $requested, $final, $status, $http, $reason, $at, $sha, $headers, $foundBy, $etag, $lastModified)
                RETURNING id
                """;
            command.Parameters.AddWithValue("$provider", fetch.Provider);
            command.Parameters.AddWithValue("$type", fetch.Type.ToWireName());
            command.Parameters.AddWithValue("$requested", fetch.RequestedUrl);
            command.Parameters.AddWithValue("$final", SqliteRows.DbValue(fetch.FinalUrl));
            command.Parameters.AddWithValue("$status", fetch.Status);
            command.Parameters.AddWithValue("$http", SqliteRows.DbValue(fetch.HttpStatus));
            command.Parameters.AddWithValue("$reason", SqliteRows.DbValue(fetch.Reason));
            command.Parameters.AddWithValue("$at", StoreTime.ToDb(fetch.FetchedAt));
            command.Parameters.AddWithValue("$sha", SqliteRows.DbValue(fetch.SnapshotSha256));
            command.Parameters.AddWithValue("$headers", SqliteRows.DbValue(fetch.HeadersJson));
            command.Parameters.AddWithValue("$foundBy", SqliteRows.DbValue(fetch.FoundBy));
            command.Parameters.AddWithValue("$etag", SqliteRows.DbValue(fetch.ETag));
            command.Parameters.AddWithValue("$lastModified", SqliteRows.DbValue(fetch.LastModified));
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return fetch with { Id = id };
        }, cancellationToken);
    }

    public Task<bool> AddSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        // The hash is the snapshot's identity everywhere (fetches, versions, reports), so a wrong one would be a silent citation error.
        var actual = Hashing.Sha256Hex(snapshot.Bytes.Span);
        if (!string.Equals(actual, snapshot.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Snapshot SHA-256 '{snapshot.Sha256}' does not match its bytes (actual '{actual}').", nameof(snapshot));
        }

        return RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = """
                INSERT INTO snapshots (sha256, media_type, bytes, first_seen_at, codec) VALUES ($sha, $media, $bytes, $at, 'zstd')
                ON CONFLICT (sha256) DO NOTHING
                """;
            command.Parameters.AddWithValue("$sha", actual);
            command.Parameters.AddWithValue("$media", snapshot.MediaType);
            command.Parameters.Add("$bytes", SqliteType.Blob).Value = StoredBlob.Pack(snapshot.Bytes.Span);
            command.Parameters.AddWithValue("$at", StoreTime.ToDb(snapshot.FirstSeenAt));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    public Task<Snapshot?> GetSnapshotAsync(string sha256, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        return RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = "SELECT sha256, media_type, bytes, first_seen_at, codec FROM snapshots WHERE sha256 = $sha";
            command.Parameters.AddWithValue("$sha", sha256.ToLowerInvariant());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new Snapshot(reader.GetString(0), reader.GetString(1), StoredBlob.Unpack((byte[])reader.GetValue(2), reader.GetString(4)), StoreTime.FromDb(reader.GetString(3)));
        }, cancellationToken);
    }

    public Task<VersionWrite> AddVersionAsync(string provider, DocumentType type, string location, string snapshotSha256, DateTimeOffset retrievedAt, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotSha256);
        ArgumentNullException.ThrowIfNull(text);
        var textSha = VersionNormalizer.TextHash(text);
        return RunAsync(async c =>
        {
            // Read-compare-insert in one write transaction, so two writers cannot both add the same text.
            await using var transaction = (SqliteTransaction)await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            DocumentVersion? latest = null;
            await using (var query = c.CreateCommand())
            {
                query.Transaction = transaction;
                query.CommandText = $"SELECT {SqliteRows.VersionColumns} FROM versions WHERE provider = $provider AND doc_type = $type ORDER BY id DESC LIMIT 1";
                query.Parameters.AddWithValue("$provider", provider);
                query.Parameters.AddWithValue("$type", type.ToWireName());
                await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    latest = SqliteRows.ReadVersion(reader);
                }
            }

            if (latest is not null && latest.TextSha256 == textSha)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new VersionWrite(latest, IsNew: false);
            }

            await using var insert = c.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO versions (provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_codec)
                VALUES ($provider, $type, $location, $snapshot, $textSha, $at, $text, 'zstd')
                RETURNING id
                """;
            insert.Parameters.AddWithValue("$provider", provider);
            insert.Parameters.AddWithValue("$type", type.ToWireName());
            insert.Parameters.AddWithValue("$location", location);
            insert.Parameters.AddWithValue("$snapshot", snapshotSha256.ToLowerInvariant());
            insert.Parameters.AddWithValue("$textSha", textSha);
            insert.Parameters.AddWithValue("$at", StoreTime.ToDb(retrievedAt));
            insert.Parameters.Add("$text", SqliteType.Blob).Value = StoredBlob.PackText(text);
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var version = new DocumentVersion(id, provider, type, location, snapshotSha256.ToLowerInvariant(), textSha, retrievedAt, text);
            return new VersionWrite(version, IsNew: true);
        }, cancellationToken);
    }

    public Task SaveAnalysisAsync(long versionId, string analysisJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysisJson);
        return RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = """
                INSERT INTO analyses (version_id, analysis_json, saved_at, codec)
                SELECT id, $json, $at, 'zstd' FROM versions WHERE id = $id
                ON CONFLICT (version_id) DO UPDATE SET analysis_json = excluded.analysis_json, saved_at = excluded.saved_at, codec = excluded.codec
                """;
            command.Parameters.AddWithValue("$id", versionId);
            command.Parameters.Add("$json", SqliteType.Blob).Value = StoredBlob.PackText(analysisJson);
            command.Parameters.AddWithValue("$at", StoreTime.ToDb(_time.GetUtcNow()));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new ArgumentException($"There is no document version with id {versionId} to attach the analysis to.", nameof(versionId));
            }

            return true;
        }, cancellationToken);
    }

    public Task<string?> GetAnalysisAsync(long versionId, CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = "SELECT analysis_json, codec FROM analyses WHERE version_id = $id";
            command.Parameters.AddWithValue("$id", versionId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? StoredBlob.UnpackText(reader.GetValue(0), reader.GetString(1))
                : null;
        }, cancellationToken);

    public Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string provider, DocumentType? type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return QueryAsync(
            $"SELECT {SqliteRows.VersionColumns} FROM versions WHERE provider = $provider AND ($type IS NULL OR doc_type = $type) ORDER BY id",
            p =>
            {
                p.AddWithValue("$provider", provider);
                p.AddWithValue("$type", SqliteRows.DbValue(type?.ToWireName()));
            },
            SqliteRows.ReadVersion,
            cancellationToken);
    }

    /// <summary>
    /// The newest version (latest retrieval time, then latest id) of every provider and type
    /// retrieved at or before <paramref name="asOf"/>. With null there is no cut-off: every stored
    /// version was retrieved before "now" unless clocks disagree, and a test's fake clock must not
    /// hide real data. Ordered by provider, then type.
    /// </summary>
    public Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsAsync(DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        CurrentVersionsAsync(asOf, SqliteRows.VersionColumns, cancellationToken);

    public async Task<DocumentVersion?> GetLatestVersionWithoutTextAsync(string provider, DocumentType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var rows = await QueryAsync(
            $"SELECT {SqliteRows.VersionColumnsWithoutText} FROM versions WHERE provider = $provider AND doc_type = $type ORDER BY id DESC LIMIT 1",
            p =>
            {
                p.AddWithValue("$provider", provider);
                p.AddWithValue("$type", type.ToWireName());
            },
            SqliteRows.ReadVersion,
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The same rows with the text left in the file: a report over every document reads each text from its analysis.</summary>
    public Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsWithoutTextAsync(DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        CurrentVersionsAsync(asOf, SqliteRows.VersionColumnsWithoutText, cancellationToken);

    private Task<IReadOnlyList<DocumentVersion>> CurrentVersionsAsync(DateTimeOffset? asOf, string columns, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            SELECT {columns} FROM versions v
            WHERE v.id = (
                SELECT v2.id FROM versions v2
                WHERE v2.provider = v.provider AND v2.doc_type = v.doc_type AND ($asOf IS NULL OR v2.retrieved_at <= $asOf)
                ORDER BY v2.retrieved_at DESC, v2.id DESC
                LIMIT 1)
            ORDER BY v.provider, v.doc_type
            """,
            p => p.AddWithValue("$asOf", SqliteRows.DbValue(asOf is { } a ? StoreTime.ToDb(a) : null)),
            SqliteRows.ReadVersion,
            cancellationToken);

    /// <summary>The newest fetch of the URL that was found or not modified and points at a snapshot.</summary>
    public async Task<FetchRecord?> GetLastSuccessfulFetchAsync(string provider, DocumentType type, string requestedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(requestedUrl);
        var rows = await QueryAsync(
            $"""
            SELECT {StoreRows.FetchColumns} FROM fetches
            WHERE provider = $provider AND doc_type = $type AND requested_url = $url
              AND snapshot_sha256 IS NOT NULL AND status IN ('found', 'not_modified')
            ORDER BY id DESC LIMIT 1
            """,
            p =>
            {
                p.AddWithValue("$provider", provider);
                p.AddWithValue("$type", type.ToWireName());
                p.AddWithValue("$url", requestedUrl);
            },
            StoreRows.ReadFetch,
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<FetchRecord>> GetFetchesAsync(string provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return QueryAsync(
            $"SELECT {StoreRows.FetchColumns} FROM fetches WHERE provider = $provider ORDER BY id",
            p => p.AddWithValue("$provider", provider),
            StoreRows.ReadFetch,
            cancellationToken);
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = "SELECT (SELECT count(*) FROM fetches), (SELECT count(*) FROM snapshots), (SELECT count(*) FROM versions)";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, cancellationToken);

    public Task<ReviewDecision> AddDecisionAsync(ReviewDecision decision, CancellationToken cancellationToken)
    {
        ReviewDecisionChecks.Validate(decision);
        return RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = """
                INSERT INTO review_decisions (provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at)
                VALUES ($provider, $type, $key, $text, $label, $decision, $newLabel, $reviewer, $note, $at)
                RETURNING id
                """;
            command.Parameters.AddWithValue("$provider", decision.Provider);
            command.Parameters.AddWithValue("$type", decision.Type.ToWireName());
            command.Parameters.AddWithValue("$key", decision.ClauseKey);
            command.Parameters.AddWithValue("$text", decision.ClauseText);
            command.Parameters.AddWithValue("$label", decision.Label);
            command.Parameters.AddWithValue("$decision", decision.Decision);
            command.Parameters.AddWithValue("$newLabel", SqliteRows.DbValue(decision.NewLabel));
            command.Parameters.AddWithValue("$reviewer", decision.Reviewer);
            command.Parameters.AddWithValue("$note", SqliteRows.DbValue(decision.Note));
            command.Parameters.AddWithValue("$at", StoreTime.ToDb(decision.DecidedAt));
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return decision with { Id = id };
        }, cancellationToken);
    }

    /// <summary>Decisions oldest first (by decision time, then id); of one provider when given.</summary>
    public Task<IReadOnlyList<ReviewDecision>> GetDecisionsAsync(string? provider, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {SqliteRows.DecisionColumns} FROM review_decisions WHERE $provider IS NULL OR provider = $provider ORDER BY decided_at, id",
            p => p.AddWithValue("$provider", SqliteRows.DbValue(provider)),
            SqliteRows.ReadDecision,
            cancellationToken);

    public Task<ReviewDecision?> RemoveDecisionAsync(long id, CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = $"DELETE FROM review_decisions WHERE id = $id RETURNING {SqliteRows.DecisionColumns}";
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteRows.ReadDecision(reader) : null;
        }, cancellationToken);

    /// <summary>The schema versions recorded in <c>schema_migrations</c>, ascending.</summary>
    internal Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT version FROM schema_migrations ORDER BY version", _ => { }, r => r.GetInt32(0), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        // Let a call in flight finish before the connection goes away.
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task EnsureTosScanDatabaseAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'),
                   (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations')
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (reader.GetInt64(0) > 0 && reader.GetInt64(1) == 0)
        {
            throw new SqliteStoreException(
                $"'{path}' is a SQLite database but not a TosScan scan database (it has tables but no schema_migrations). " +
                "TosScan did not change it; pass --db a new file or an existing TosScan database.");
        }
    }

    private static async Task PragmaAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<T>>(async c =>
        {
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await work(_connection).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
