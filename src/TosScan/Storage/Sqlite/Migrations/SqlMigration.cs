using Microsoft.Data.Sqlite;

namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>A migration that is a fixed SQL script.</summary>
internal abstract class SqlMigration : ISchemaMigration
{
    public abstract int Version { get; }

    public abstract string Name { get; }

    protected abstract string Sql { get; }

    public async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
