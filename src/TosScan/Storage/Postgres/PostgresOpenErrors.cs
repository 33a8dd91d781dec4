using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace TosScan.Storage.Postgres;

/// <summary>
/// Turns what Npgsql throws while connecting into one line a researcher can act on: which server,
/// what went wrong (no server there, login refused, no such database) and what to change. The
/// password is never part of it.
/// </summary>
internal static class PostgresOpenErrors
{
    public static PostgresStoreException Explain(Exception error, NpgsqlConnectionStringBuilder builder)
    {
        var server = PostgresConnectionStrings.Server(builder);
        var user = builder.Username ?? Environment.UserName;
        if (error is PostgresException pg)
        {
            return pg.SqlState switch
            {
                // invalid_password, invalid_authorization_specification (no such role, or pg_hba.conf refuses it)
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => new PostgresStoreException(
                    $"PostgreSQL at {server} refused the login of user '{user}': {pg.MessageText}; check Username and Password in --db", pg),
                PostgresErrorCodes.InvalidCatalogName => new PostgresStoreException(
                    $"PostgreSQL at {server} has no database '{builder.Database ?? user}'; create it (createdb -h {builder.Host} -p {builder.Port.ToString(CultureInfo.InvariantCulture)} {builder.Database ?? user}) or name an existing one with Database= in --db",
                    pg),
                PostgresErrorCodes.InsufficientPrivilege => new PostgresStoreException(
                    $"PostgreSQL at {server}: user '{user}' may not use TosScan's tables in database '{builder.Database ?? user}' ({pg.MessageText}); grant it the rights, or use a database it owns",
                    pg),
                PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections => new PostgresStoreException(
                    $"cannot connect to PostgreSQL at {server}: {pg.MessageText}; try again in a moment", pg),
                _ => new PostgresStoreException($"PostgreSQL at {server} failed while opening the store: {pg.SqlState}: {pg.MessageText}", pg),
            };
        }

        if (Find<TimeoutException>(error) is not null)
        {
            return new PostgresStoreException(
                string.Create(CultureInfo.InvariantCulture, $"cannot connect to PostgreSQL at {server}: no answer within {builder.Timeout} s; is the server running, and are Host and Port right?"),
                error);
        }

        if (Find<SocketException>(error) is { } socket)
        {
            return new PostgresStoreException($"cannot connect to PostgreSQL at {server}: {socket.Message}; is the server running?", error);
        }

        if (error.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            // Npgsql's own check, before the server is asked: the server wants a password and none was given.
            return new PostgresStoreException($"PostgreSQL at {server} refused the login of user '{user}': {error.Message}; check Username and Password in --db", error);
        }

        return new PostgresStoreException($"cannot connect to PostgreSQL at {server}: {error.Message}; is the server running?", error);
    }

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
