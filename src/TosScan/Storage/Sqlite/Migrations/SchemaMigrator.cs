using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>
/// Brings a database up to the newest schema this build knows. Applied steps are listed in
/// <c>schema_migrations</c>; each missing step runs in its own IMMEDIATE transaction, which takes
/// the write lock first and re-checks the list, so two processes opening the same old file at once
/// apply each step once.
/// </summary>
internal sealed class SchemaMigrator
{
    private readonly IReadOnlyList<ISchemaMigration> _migrations;
    private readonly TimeProvider _time;

    public SchemaMigrator(IReadOnlyList<ISchemaMigration> migrations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(time);
        MigrationNumbering.Check(migrations.Select(m => m.Version));

        _migrations = migrations;
        _time = time;
    }

    public int LatestVersion => _migrations.Count;

    /// <summary>Applies the missing steps and returns the versions it applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """, cancellationToken).ConfigureAwait(false);

        var applied = await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var newest = applied.Count == 0 ? 0 : applied.Max();
        if (newest > LatestVersion)
        {
            throw new SqliteStoreException(
                $"The scan database '{path}' has schema version {newest.ToString(CultureInfo.InvariantCulture)}, written by a newer TosScan; " +
                $"this build knows versions up to {LatestVersion.ToString(CultureInfo.InvariantCulture)}. " +
                "Upgrade TosScan, or pass --db a different file. The database was not changed.");
        }

        var ran = new List<int>();
        foreach (var migration in _migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            // Another process may have applied it between our read and taking the write lock.
            var appliedNow = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (appliedNow.Contains(migration.Version))
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            try
            {
                await migration.ApplyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                // Disposing the transaction rolls the step back; the earlier steps stay committed.
                throw new SqliteStoreException(
                    $"Schema migration {migration.Version.ToString(CultureInfo.InvariantCulture)} ('{migration.Name}') failed on '{path}' and was rolled back (SQLite: {ex.Message}). " +
                    "The database keeps its earlier schema and data; report this with the file if it repeats.",
                    ex);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", StoreTime.ToDb(_time.GetUtcNow()));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            ran.Add(migration.Version);
        }

        return ran;
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations";
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
