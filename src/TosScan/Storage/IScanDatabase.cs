namespace TosScan.Storage;

/// <summary>
/// One opened store, whatever engine holds it: scans, versions and review decisions together, as
/// every command that takes <c>--db</c> needs them. Open one with <see cref="ScanStores"/>.
/// </summary>
public interface IScanDatabase : IScanStore, IReviewStore
{
    /// <summary>
    /// Where the store is, fit to print and to cite in a report's inputs: the full path of a
    /// SQLite file, or <c>postgresql://user@host:port/database</c> (never a password).
    /// </summary>
    string Description { get; }

    /// <summary>
    /// Proves the store can be written now, without writing anything, so a command that writes
    /// fails before its work rather than after it. Throws <see cref="ScanStoreException"/> naming
    /// the store when it is read-only.
    /// </summary>
    Task EnsureWritableAsync(CancellationToken cancellationToken);
}
