namespace TosScan.Cli.Infrastructure;

/// <summary>
/// Checks an output folder before any work starts: a scan that crawls for an hour and then cannot
/// write its results has wasted the hour (and the sites' patience).
/// </summary>
internal static class OutputFolders
{
    /// <summary>
    /// Creates <paramref name="path"/> if needed and proves a file can be written in it.
    /// Throws <see cref="UsageException"/> naming the option and the path when it cannot.
    /// </summary>
    public static void EnsureWritable(string path, string option)
    {
        RejectFile(path, option);
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".tosscan-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} '{path}' cannot be written ({ex.Message}); pass {option} a folder you can write to", ex);
        }
    }

    /// <summary>
    /// Takes the output folder for this process (see <see cref="Scanning.OutputFolderLock"/>); a second
    /// scan or report into the same folder is bad input with the holder's pid, never a wait.
    /// </summary>
    public static async Task<Scanning.OutputFolderLock> LockAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await Scanning.OutputFolderLock.AcquireAsync(path, time, cancellationToken).ConfigureAwait(false);
        }
        catch (Scanning.OutputFolderBusyException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    /// <summary>A file where a folder is wanted: refused without touching it.</summary>
    public static void RejectFile(string path, string option)
    {
        if (File.Exists(path))
        {
            throw new UsageException($"{option} '{path}' is a file, not a folder; pass {option} a folder (it is created when missing)");
        }
    }

    /// <summary>
    /// For an output file: not a folder, and its folder exists. Throws <see cref="UsageException"/>.
    /// </summary>
    public static void EnsureFileCanBeCreated(string path, string shownAs, string option)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} '{shownAs}' is a folder; give a file path such as '{Path.Combine(shownAs, "out.jsonl")}'");
        }

        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw new UsageException($"{option} '{shownAs}': the folder '{folder}' does not exist; create it first or give another path");
        }
    }
}
