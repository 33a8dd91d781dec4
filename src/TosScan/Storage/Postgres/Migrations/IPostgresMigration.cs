using Npgsql;

namespace TosScan.Storage.Postgres.Migrations;

/// <summary>
/// One step of the PostgreSQL schema, the counterpart of the SQLite store's steps: applied in
/// <see cref="Version"/> order, each once, in a transaction that also records it in
/// <c>schema_migrations</c>. A released step is never edited; a change is a new step. The two
/// stores number their steps separately, since each engine needs its own (TOAST already
/// compresses what SQLite needs a step for).
/// </summary>
internal interface IPostgresMigration
{
    /// <summary>Positive, increasing by one from 1.</summary>
    int Version { get; }

    /// <summary>Short description kept in <c>schema_migrations</c>.</summary>
    string Name { get; }

    Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken);
}
