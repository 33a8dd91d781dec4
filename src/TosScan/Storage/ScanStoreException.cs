namespace TosScan.Storage;

/// <summary>
/// The store named by <c>--db</c> cannot be used as it stands: a damaged or foreign file, a server
/// that cannot be reached or refuses the login, a schema from a newer TosScan, or a store that
/// cannot be written. The message is one line naming the store and what to do about it; the CLI
/// shows it as bad input.
/// </summary>
public class ScanStoreException : Exception
{
    public ScanStoreException()
    {
    }

    public ScanStoreException(string message)
        : base(message)
    {
    }

    public ScanStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
