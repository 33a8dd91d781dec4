using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage.Postgres.Migrations;

namespace TosScan.Storage.Postgres;

/// <summary>
/// The scan store on a PostgreSQL server, for scans too large for one file or shared by several
/// machines. It behaves as the SQLite store does, call for call. Every call takes a connection from
/// Npgsql's pool, so calls from many tasks and processes run at once; the one read-compare-insert
/// (a new version only when the text changed) is serialised per document by an advisory lock.
/// Open with <see cref="ScanStores"/>.
/// </summary>
internal sealed class PostgresScanStore : IScanDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private int _disposed;

    private PostgresScanStore(NpgsqlDataSource dataSource, string description, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
        Description = description;
    }

    /// <inheritdoc />
    public string Description { get; }

    public static Task<PostgresScanStore> OpenAsync(string connectionString, TimeProvider time, bool createWhenMissing, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, time, PostgresMigrations.All, createWhenMissing, cancellationToken);

    /// <summary>
    /// Connects, then creates or migrates TosScan's tables in the connection's current schema.
    /// Throws <see cref="PostgresStoreException"/> with a one-line message when the connection
    /// string, the server, the login, the database or its schema is not usable.
    /// </summary>
    internal static async Task<PostgresScanStore> OpenAsync(
        string connectionString,
        TimeProvider time,
        IReadOnlyList<IPostgresMigration> migrations,
        bool createWhenMissing,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(time);
        var migrator = new PostgresSchemaMigrator(migrations, time);
        var builder = PostgresConnectionStrings.Parse(connectionString);
        var description = PostgresConnectionStrings.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                await migrator.MigrateAsync(connection, description, createWhenMissing, cancellationToken).ConfigureAwait(false);
            }

            return new PostgresScanStore(dataSource, description, time);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw PostgresOpenErrors.Explain(ex, builder);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Proves the store can be written now, without writing anything: the server is not a
    /// read-only standby, the session does not default to read-only transactions, and the user may
    /// insert (and, where the store does, update and delete) in every table.
    /// </summary>
    public Task EnsureWritableAsync(CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT pg_is_in_recovery(),
                       current_setting('transaction_read_only') = 'on',
                       has_table_privilege('fetches', 'INSERT')
                       AND has_table_privilege('snapshots', 'INSERT')
                       AND has_table_privilege('versions', 'INSERT')
                       AND has_table_privilege('analyses', 'INSERT, UPDATE')
                       AND has_table_privilege('review_decisions', 'INSERT, DELETE')
                """, c);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var reason = reader.GetBoolean(0) ? "the server is a read-only standby"
                : reader.GetBoolean(1) ? "its transactions are read-only (default_transaction_read_only is on)"
                : !reader.GetBoolean(2) ? "the user may not insert into TosScan's tables"
                : null;
            if (reason is not null)
            {
                throw new PostgresStoreException($"The scan database {Description} is read-only: {reason}; nothing was done. Pass --db a writable database, or grant the rights.");
            }

            return true;
        }, cancellationToken);

    public Task<FetchRecord> AddFetchAsync(FetchRecord fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO fetches (provider, doc_type, requested_url, final_url, status, http_status, reason, fetched_at, snapshot_sha256, headers_json, found_by, etag, last_modified)
                VALUES (@provider, @type, @requested, @final, @status, @http, @reason, @at, @sha, @headers, @foundBy, @etag, @lastModified)
                RETURNING id
                """, c);
            var p = command.Parameters;
            p.AddText("provider", fetch.Provider);
            p.AddText("type", fetch.Type.ToWireName());
            p.AddText("requested", fetch.RequestedUrl);
            p.AddText("final", fetch.FinalUrl);
            p.AddText("status", fetch.Status);
            p.AddInteger("http", fetch.HttpStatus);
            p.AddText("reason", fetch.Reason);
            p.AddTime("at", fetch.FetchedAt);
            p.AddText("sha", fetch.SnapshotSha256);
            p.AddText("headers", fetch.HeadersJson);
            p.AddText("foundBy", fetch.FoundBy);
            p.AddText("etag", fetch.ETag);
            p.AddText("lastModified", fetch.LastModified);
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
            await using var command = new NpgsqlCommand("""
                INSERT INTO snapshots (sha256, media_type, bytes, first_seen_at) VALUES (@sha, @media, @bytes, @at)
                ON CONFLICT (sha256) DO NOTHING
                """, c);
            command.Parameters.AddText("sha", actual);
            command.Parameters.AddText("media", snapshot.MediaType);
            command.Parameters.AddBytes("bytes", snapshot.Bytes.ToArray());
            command.Parameters.AddTime("at", snapshot.FirstSeenAt);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    public Task<Snapshot?> GetSnapshotAsync(string sha256, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        return RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand("SELECT sha256, media_type, bytes, first_seen_at FROM snapshots WHERE sha256 = @sha", c);
            command.Parameters.AddText("sha", sha256.ToLowerInvariant());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new Snapshot(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), StoreTime.FromDb(reader.GetString(3)));
        }, cancellationToken);
    }

    public Task<VersionWrite> AddVersionAsync(string provider, DocumentType type, string location, string snapshotSha256, DateTimeOffset retrievedAt, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotSha256);
        ArgumentNullException.ThrowIfNull(text);
        var textSha = VersionNormalizer.TextHash(text);
        var snapshot = snapshotSha256.ToLowerInvariant();
        return RunAsync(async c =>
        {
            // Read-compare-insert under a per-document lock held to commit, so two writers (tasks or
            // processes) cannot both add the same text; other documents are not held up.
            await using var transaction = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", c, transaction))
            {
                lockCommand.Parameters.AddBigint("key", DocumentLockKey(provider, type));
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            DocumentVersion? latest = null;
            await using (var query = new NpgsqlCommand($"SELECT {PostgresRows.VersionColumns} FROM versions WHERE provider = @provider AND doc_type = @type ORDER BY id DESC LIMIT 1", c, transaction))
            {
                query.Parameters.AddText("provider", provider);
                query.Parameters.AddText("type", type.ToWireName());
                await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    latest = PostgresRows.ReadVersion(reader);
                }
            }

            if (latest is not null && latest.TextSha256 == textSha)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new VersionWrite(latest, IsNew: false);
            }

            var (storedText, exact) = PostgresText.Split(text);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO versions (provider, doc_type, location, snapshot_sha256, text_sha256, retrieved_at, text, text_exact)
                VALUES (@provider, @type, @location, @snapshot, @textSha, @at, @text, @exact)
                RETURNING id
                """, c, transaction);
            var p = insert.Parameters;
            p.AddText("provider", provider);
            p.AddText("type", type.ToWireName());
            p.AddText("location", location);
            p.AddText("snapshot", snapshot);
            p.AddText("textSha", textSha);
            p.AddTime("at", retrievedAt);
            p.AddText("text", storedText);
            p.AddBytes("exact", exact);
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new VersionWrite(new DocumentVersion(id, provider, type, location, snapshot, textSha, retrievedAt, text), IsNew: true);
        }, cancellationToken);
    }

    public Task SaveAnalysisAsync(long versionId, string analysisJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysisJson);
        return RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO analyses (version_id, analysis_json, saved_at)
                SELECT id, @json, @at FROM versions WHERE id = @id
                ON CONFLICT (version_id) DO UPDATE SET analysis_json = excluded.analysis_json, saved_at = excluded.saved_at
                """, c);
            command.Parameters.AddBigint("id", versionId);
            command.Parameters.AddText("json", analysisJson);
            command.Parameters.AddTime("at", _time.GetUtcNow());
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
            await using var command = new NpgsqlCommand("SELECT analysis_json FROM analyses WHERE version_id = @id", c);
            command.Parameters.AddBigint("id", versionId);
            return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string provider, DocumentType? type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return QueryAsync(
            $"SELECT {PostgresRows.VersionColumns} FROM versions WHERE provider = @provider AND (@type IS NULL OR doc_type = @type) ORDER BY id",
            p =>
            {
                p.AddText("provider", provider);
                p.AddText("type", type?.ToWireName());
            },
            PostgresRows.ReadVersion,
            cancellationToken);
    }

    /// <summary>
    /// The newest version (latest retrieval time, then latest id) of every provider and type
    /// retrieved at or before <paramref name="asOf"/>; no cut-off when null, as in the SQLite
    /// store. Ordered by provider, then type, byte by byte.
    /// </summary>
    public Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsAsync(DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        CurrentVersionsAsync(asOf, PostgresRows.VersionColumns, cancellationToken);

    public async Task<DocumentVersion?> GetLatestVersionWithoutTextAsync(string provider, DocumentType type, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var rows = await QueryAsync(
            $"SELECT {PostgresRows.VersionColumnsWithoutText} FROM versions WHERE provider = @provider AND doc_type = @type ORDER BY id DESC LIMIT 1",
            p =>
            {
                p.AddText("provider", provider);
                p.AddText("type", type.ToWireName());
            },
            PostgresRows.ReadVersion,
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The same rows with the text left in the database: a report over every document reads each text from its analysis.</summary>
    public Task<IReadOnlyList<DocumentVersion>> GetCurrentVersionsWithoutTextAsync(DateTimeOffset? asOf, CancellationToken cancellationToken) =>
        CurrentVersionsAsync(asOf, PostgresRows.VersionColumnsWithoutText, cancellationToken);

    private Task<IReadOnlyList<DocumentVersion>> CurrentVersionsAsync(DateTimeOffset? asOf, string columns, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            SELECT DISTINCT ON (provider, doc_type) {columns} FROM versions
            WHERE @asOf IS NULL OR retrieved_at <= @asOf
            ORDER BY provider, doc_type, retrieved_at DESC, id DESC
            """,
            p => p.AddTime("asOf", asOf),
            PostgresRows.ReadVersion,
            cancellationToken);

    /// <summary>The newest fetch of the URL that was found or not modified and points at a snapshot.</summary>
    public async Task<FetchRecord?> GetLastSuccessfulFetchAsync(string provider, DocumentType type, string requestedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(requestedUrl);
        var rows = await QueryAsync(
            $"""
            SELECT {StoreRows.FetchColumns} FROM fetches
            WHERE provider = @provider AND doc_type = @type AND requested_url = @url
              AND snapshot_sha256 IS NOT NULL AND status IN ('found', 'not_modified')
            ORDER BY id DESC LIMIT 1
            """,
            p =>
            {
                p.AddText("provider", provider);
                p.AddText("type", type.ToWireName());
                p.AddText("url", requestedUrl);
            },
            StoreRows.ReadFetch,
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<FetchRecord>> GetFetchesAsync(string provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return QueryAsync(
            $"SELECT {StoreRows.FetchColumns} FROM fetches WHERE provider = @provider ORDER BY id",
            p => p.AddText("provider", provider),
            StoreRows.ReadFetch,
            cancellationToken);
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM fetches), (SELECT count(*) FROM snapshots), (SELECT count(*) FROM versions)", c);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, cancellationToken);

    public Task<ReviewDecision> AddDecisionAsync(ReviewDecision decision, CancellationToken cancellationToken)
    {
        ReviewDecisionChecks.Validate(decision);
        return RunAsync(async c =>
        {
            var (clauseText, exact) = PostgresText.Split(decision.ClauseText);
            await using var command = new NpgsqlCommand("""
                INSERT INTO review_decisions (provider, doc_type, clause_key, clause_text, label, decision, new_label, reviewer, note, decided_at, clause_text_exact)
                VALUES (@provider, @type, @key, @text, @label, @decision, @newLabel, @reviewer, @note, @at, @exact)
                RETURNING id
                """, c);
            var p = command.Parameters;
            p.AddText("provider", decision.Provider);
            p.AddText("type", decision.Type.ToWireName());
            p.AddText("key", decision.ClauseKey);
            p.AddText("text", clauseText);
            p.AddText("label", decision.Label);
            p.AddText("decision", decision.Decision);
            p.AddText("newLabel", decision.NewLabel);
            p.AddText("reviewer", decision.Reviewer);
            p.AddText("note", decision.Note);
            p.AddTime("at", decision.DecidedAt);
            p.AddBytes("exact", exact);
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return decision with { Id = id };
        }, cancellationToken);
    }

    /// <summary>Decisions oldest first (by decision time, then id); of one provider when given.</summary>
    public Task<IReadOnlyList<ReviewDecision>> GetDecisionsAsync(string? provider, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {PostgresRows.DecisionColumns} FROM review_decisions WHERE @provider IS NULL OR provider = @provider ORDER BY decided_at, id",
            p => p.AddText("provider", provider),
            PostgresRows.ReadDecision,
            cancellationToken);

    public Task<ReviewDecision?> RemoveDecisionAsync(long id, CancellationToken cancellationToken) =>
        RunAsync(async c =>
        {
            await using var command = new NpgsqlCommand($"DELETE FROM review_decisions WHERE id = @id RETURNING {PostgresRows.DecisionColumns}", c);
            command.Parameters.AddBigint("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PostgresRows.ReadDecision(reader) : null;
        }, cancellationToken);

    /// <summary>The schema versions recorded in <c>schema_migrations</c>, ascending.</summary>
    internal Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT version FROM schema_migrations ORDER BY version", _ => { }, r => r.GetInt32(0), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Idle pooled connections close now; one still in a call closes when that call returns it.
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The advisory lock of one document's versions: the first 8 bytes of a SHA-256 of its
    /// provider and type, the same in every process. A collision only makes two documents wait
    /// for each other.
    /// </summary>
    private static long DocumentLockKey(string provider, DocumentType type) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"tosscan.versions\n{provider}\n{type.ToWireName()}")));

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync<IReadOnlyList<T>>(async c =>
        {
            await using var command = new NpgsqlCommand(sql, c);
            bind(command.Parameters);
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }
}
