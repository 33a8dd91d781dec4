using Npgsql;

namespace TosScan.Storage.Postgres.Migrations;

/// <summary>A migration that is a fixed SQL script (DDL is transactional in PostgreSQL, so a failed step leaves nothing behind).</summary>
internal abstract class PostgresSqlMigration : IPostgresMigration
{
    public abstract int Version { get; }

    public abstract string Name { get; }

    protected abstract string Sql { get; }

    public async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
