using TosScan.Storage;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// Reads <c>--db</c>: a PostgreSQL connection string is passed on as given; anything else is a
/// SQLite path, relative to the working folder.
/// </summary>
internal static class StorePaths
{
    public static string Resolve(CliEnvironment environment, string db) =>
        ScanStores.IsPostgres(db) ? db : environment.ResolvePath(db);

    /// <summary>
    /// For commands that only read: a missing file is a mistake, not a new store. (Whether a
    /// PostgreSQL database holds a store is only known once connected; the store checks that.)
    /// </summary>
    public static string Existing(CliEnvironment environment, string db)
    {
        var resolved = Resolve(environment, db);
        if (!ScanStores.IsPostgres(resolved) && !File.Exists(resolved))
        {
            throw new UsageException($"{resolved}: no store there; run 'tosscan scan' first or pass --db with the store's path");
        }

        return resolved;
    }
}
