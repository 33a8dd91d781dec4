namespace TosScan.Cli.Infrastructure;

/// <summary>Resolves <c>--db</c> for commands that only read: a missing file is a mistake, not a new store.</summary>
internal static class StorePaths
{
    public static string Existing(CliEnvironment environment, string db)
    {
        var path = environment.ResolvePath(db);
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no store there; run 'tosscan scan' first or pass --db with the store's path");
        }

        return path;
    }
}
