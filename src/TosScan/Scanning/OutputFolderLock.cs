using System.Globalization;

namespace TosScan.Scanning;

/// <summary>
/// One writer per output folder. Two scans into one <c>--out</c> would interleave their
/// <c>scan-status.csv</c> and reports (each listing only its own providers), so the second is
/// refused at once with the first one's process id, rather than made to wait silently.
/// </summary>
/// <remarks>
/// The lock is an open handle on <c>.tosscan.lock</c> with no sharing (an advisory <c>flock</c> on
/// Unix), so the operating system releases it when the holder exits, even after kill -9: there is
/// never a stale lock to delete. The file itself stays; the holder's pid is kept beside it in
/// <c>.tosscan.lock.owner</c>, which a second process can read while the lock is held.
/// </remarks>
internal sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".tosscan.lock";
    public const string OwnerFileName = ".tosscan.lock.owner";

    private readonly FileStream _handle;
    private readonly string _ownerPath;

    private OutputFolderLock(FileStream handle, string ownerPath)
    {
        _handle = handle;
        _ownerPath = ownerPath;
    }

    /// <summary>Takes the folder (creating it) or throws <see cref="OutputFolderBusyException"/> naming the holder.</summary>
    public static async Task<OutputFolderLock> AcquireAsync(string folder, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(folder);
        var ownerPath = Path.Combine(folder, OwnerFileName);
        FileStream handle;
        try
        {
            handle = new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new OutputFolderBusyException(folder, await ReadOwnerAsync(ownerPath, cancellationToken).ConfigureAwait(false), ex);
        }

        File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId}, started {time.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm:ss}Z"));
        return new OutputFolderLock(handle, ownerPath);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only informative; the lock itself goes with the handle.
        }

        _handle.Dispose();
    }

    /// <summary>
    /// The holder writes its pid just after taking the lock, so a process that lost the race by
    /// microseconds may look before it is there: it looks again for up to half a second. (A plain
    /// delay, not the injected clock: this waits on another process, it reads no time.)
    /// </summary>
    private static async Task<string?> ReadOwnerAsync(string ownerPath, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                if (File.Exists(ownerPath) && (await File.ReadAllTextAsync(ownerPath, cancellationToken).ConfigureAwait(false)).Trim() is { Length: > 0 } owner)
                {
                    return owner;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Being written right now: look again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}

/// <summary>Another TosScan process is writing the output folder.</summary>
public sealed class OutputFolderBusyException : IOException
{
    public OutputFolderBusyException()
    {
    }

    public OutputFolderBusyException(string message)
        : base(message)
    {
    }

    public OutputFolderBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal OutputFolderBusyException(string folder, string? owner, Exception innerException)
        : base($"'{folder}' is being written by another tosscan ({owner ?? "pid unknown"}); wait for it to finish, or pass another --out", innerException)
    {
    }
}
