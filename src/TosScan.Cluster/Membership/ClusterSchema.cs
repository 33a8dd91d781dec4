using Npgsql;

namespace TosScan.Cluster.Membership;

/// <summary>Creates the cluster's own tables; workers starting together may race, so each waits its turn on an advisory lock.</summary>
internal static class ClusterSchema
{
    /// <summary>An arbitrary advisory lock key reserved for TosScan's cluster schema.</summary>
    private const long LockKey = 0x7053_6361_6E43_6C75;

    public static async Task CreateAsync(NpgsqlDataSource database, string statements)
    {
        await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            command.Parameters.Add(new() { Value = LockKey });
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await using (var command = new NpgsqlCommand(statements, connection, transaction))
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }
}
