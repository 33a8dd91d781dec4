namespace TosScan.Storage.Sqlite;

/// <summary>
/// The scan database cannot be used as it stands: it is not a SQLite file, it is damaged, or it
/// was written by a newer TosScan. The message names the file and what to do about it.
/// </summary>
public sealed class SqliteStoreException : ScanStoreException
{
    public SqliteStoreException()
    {
    }

    public SqliteStoreException(string message)
        : base(message)
    {
    }

    public SqliteStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
