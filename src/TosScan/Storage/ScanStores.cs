using TosScan.Storage.Postgres;
using TosScan.Storage.Sqlite;

namespace TosScan.Storage;

/// <summary>
/// Opens the store <c>--db</c> names: a PostgreSQL connection string
/// (<c>Host=...;Database=...</c>) or else the path of a SQLite file.
/// </summary>
public static class ScanStores
{
    /// <summary>True when <paramref name="db"/> is read as a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgres(string db) => PostgresConnectionStrings.LooksLikeConnectionString(db);

    /// <summary>
    /// Opens the store, creating it (the SQLite file, or TosScan's tables in the PostgreSQL
    /// database) when missing and bringing its schema up to date. Throws
    /// <see cref="ScanStoreException"/> with a one-line message when it cannot be used.
    /// </summary>
    public static async Task<IScanDatabase> OpenAsync(string db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return IsPostgres(db)
            ? await PostgresScanStore.OpenAsync(db, time, createWhenMissing: true, cancellationToken).ConfigureAwait(false)
            : await SqliteScanStore.OpenAsync(db, time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens a store that must already hold TosScan's data, for commands that only read (or add to)
    /// what a scan stored: a missing SQLite file, or a PostgreSQL database without TosScan's tables,
    /// is a <see cref="ScanStoreException"/> instead of a new empty store.
    /// </summary>
    public static async Task<IScanDatabase> OpenExistingAsync(string db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (IsPostgres(db))
        {
            return await PostgresScanStore.OpenAsync(db, time, createWhenMissing: false, cancellationToken).ConfigureAwait(false);
        }

        var path = Path.GetFullPath(db);
        if (!File.Exists(path))
        {
            throw new SqliteStoreException($"{path}: no store there; run 'tosscan scan' first or pass --db with the store's path");
        }

        return await SqliteScanStore.OpenAsync(path, time, cancellationToken).ConfigureAwait(false);
    }
}
