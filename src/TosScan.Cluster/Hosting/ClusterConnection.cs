using Npgsql;
using TosScan.Storage.Postgres;

namespace TosScan.Cluster.Hosting;

/// <summary>
/// The PostgreSQL database a cluster meets in (membership, reminders, the scan ledger), opened
/// and checked once: a malformed connection string or an unreachable server is a
/// <see cref="ClusterConnectionException"/> with one line saying which.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    /// <summary>The Orleans cluster and service id every worker and client of TosScan uses.</summary>
    public const string ClusterId = "tosscan";

    private ClusterConnection(NpgsqlDataSource database) => Database = database;

    public NpgsqlDataSource Database { get; }

    public static async Task<ClusterConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlDataSource database;
        try
        {
            // Bounded like a store's pool: every worker holds one of these beside its store's.
            database = NpgsqlDataSource.Create(PostgresConnectionStrings.WithPoolBound(connectionString));
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or FormatException)
        {
            throw new ClusterConnectionException($"--cluster: not a PostgreSQL connection string ({OneLine(ex.Message)}); give e.g. 'Host=db;Database=tosscan;Username=tosscan'", ex);
        }

        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new ClusterConnection(database);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw new ClusterConnectionException($"--cluster: cannot reach the cluster's PostgreSQL database ({OneLine(ex.Message)})", ex);
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private static string OneLine(string message) =>
        string.Join(" ", message.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}

/// <summary>The cluster cannot be used: a bad connection string, an unreachable database, no worker within the wait.</summary>
public sealed class ClusterConnectionException : Exception
{
    public ClusterConnectionException(string message) : base(message) { }

    public ClusterConnectionException(string message, Exception innerException) : base(message, innerException) { }

    public ClusterConnectionException() { }
}
