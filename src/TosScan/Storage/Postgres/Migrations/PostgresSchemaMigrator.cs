using System.Globalization;
using Npgsql;

namespace TosScan.Storage.Postgres.Migrations;

/// <summary>
/// Brings a PostgreSQL database up to the newest schema this build knows, in the connection's
/// current schema (the first of its search path). Applied steps are listed in
/// <c>schema_migrations</c>. It first only reads, so an up-to-date store opens without a write (a
/// read-only database or a standby still serves reports); each missing step then runs in its own
/// transaction under an advisory lock and re-checks the list, so two processes opening the same
/// database at once apply each step once.
/// </summary>
internal sealed class PostgresSchemaMigrator
{
    /// <summary>Advisory lock key for schema changes: "TosScan" in ASCII, then 1.</summary>
    private const long SchemaLockKey = 0x546F_7353_6361_6E01;

    private readonly IReadOnlyList<IPostgresMigration> _migrations;
    private readonly TimeProvider _time;

    public PostgresSchemaMigrator(IReadOnlyList<IPostgresMigration> migrations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(time);
        MigrationNumbering.Check(migrations.Select(m => m.Version));

        _migrations = migrations;
        _time = time;
    }

    public int LatestVersion => _migrations.Count;

    /// <summary>
    /// Applies the missing steps and returns the versions it applied. With
    /// <paramref name="createWhenMissing"/> false, a database without TosScan's tables is refused
    /// instead of set up.
    /// </summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, string store, bool createWhenMissing, CancellationToken cancellationToken)
    {
        var (schema, tables, hasMigrations) = await InspectAsync(connection, cancellationToken).ConfigureAwait(false);
        if (schema is null)
        {
            throw new PostgresStoreException(
                $"{store}: none of the schemas on the search path exists, so there is nowhere to keep TosScan's tables; create the schema (CREATE SCHEMA ...) or fix Search Path in --db");
        }

        if (!hasMigrations && tables > 0)
        {
            throw new PostgresStoreException(
                $"{store}: schema '{schema}' holds other tables but no schema_migrations, so it is not a TosScan store; TosScan did not change it. " +
                "Use an empty database, or a schema of its own (CREATE SCHEMA tosscan, then Search Path=tosscan in --db).");
        }

        if (!hasMigrations && !createWhenMissing)
        {
            throw new PostgresStoreException($"{store}: no TosScan store there yet; run 'tosscan scan' with this --db first");
        }

        var applied = hasMigrations ? await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false) : [];
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > LatestVersion)
        {
            throw new PostgresStoreException(
                $"{store} has schema version {newest.ToString(CultureInfo.InvariantCulture)}, written by a newer TosScan; " +
                $"this build knows versions up to {LatestVersion.ToString(CultureInfo.InvariantCulture)}. " +
                "Upgrade TosScan, or pass --db a different database. The database was not changed.");
        }

        var ran = new List<int>();
        foreach (var migration in _migrations.Where(m => !applied.Contains(m.Version)))
        {
            if (await ApplyAsync(connection, migration, store, cancellationToken).ConfigureAwait(false))
            {
                ran.Add(migration.Version);
            }
        }

        return ran;
    }

    private async Task<bool> ApplyAsync(NpgsqlConnection connection, IPostgresMigration migration, string store, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockKey.ToString(CultureInfo.InvariantCulture)})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer PRIMARY KEY,
                name        text NOT NULL,
                applied_at  text COLLATE "C" NOT NULL
            )
            """, cancellationToken).ConfigureAwait(false);

        // Another process may have applied it while we waited for the lock.
        if ((await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).Contains(migration.Version))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        try
        {
            await migration.ApplyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            // Disposing the transaction rolls the step back; the earlier steps stay committed.
            throw new PostgresStoreException(
                $"Schema migration {migration.Version.ToString(CultureInfo.InvariantCulture)} ('{migration.Name}') failed on {store} and was rolled back (PostgreSQL: {ex.MessageText}). " +
                "The database keeps its earlier schema and data; check that the user may create tables there, and report this if it repeats.",
                ex);
        }

        await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", connection, transaction))
        {
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddText("name", migration.Name);
            record.Parameters.AddTime("at", _time.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The current schema (null when no schema on the search path exists), how many tables it holds, and whether one is schema_migrations.</summary>
    private static async Task<(string? Schema, long Tables, bool HasMigrations)> InspectAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT current_schema(),
                   (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()),
                   (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2) > 0);
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction);
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
