using Microsoft.Data.Sqlite;

namespace TosScan.Storage.Sqlite.Migrations;

/// <summary>
/// One step of the schema. Steps are applied in <see cref="Version"/> order, each exactly once,
/// inside a transaction that also records it in <c>schema_migrations</c>. A released step is never
/// edited: a change to the schema is a new step, so every old database can be brought forward.
/// </summary>
internal interface ISchemaMigration
{
    /// <summary>Positive, increasing by one from 1.</summary>
    int Version { get; }

    /// <summary>Short description kept in <c>schema_migrations</c>.</summary>
    string Name { get; }

    Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken);
}
