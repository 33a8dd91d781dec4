namespace TosScan.Storage.Postgres;

/// <summary>
/// The PostgreSQL store cannot be used: a malformed connection string, a server that cannot be
/// reached or refuses the login, a missing database, a schema from a newer TosScan, or a database
/// that cannot be written. The message names the server and what to do about it.
/// </summary>
public sealed class PostgresStoreException : ScanStoreException
{
    public PostgresStoreException()
    {
    }

    public PostgresStoreException(string message)
        : base(message)
    {
    }

    public PostgresStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
