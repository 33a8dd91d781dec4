using Npgsql;

namespace TosScan.Tests.TestSupport;

/// <summary>
/// A fresh, empty database on the PostgreSQL test server, dropped (with any connection still open
/// to it) on dispose, so every test starts clean and leaves nothing behind.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The test server's connection string with this database.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = PostgresServer.Required;
        var name = "tosscan_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnAsync(server, $"CREATE DATABASE {name}");
        return new PostgresTestDatabase(server, name);
    }

    /// <summary>Runs SQL in this database, outside any store (to set up what a test needs).</summary>
    public Task ExecuteAsync(string sql) => ExecuteOnAsync(ConnectionString, sql);

    /// <summary>Runs SQL on the server's own database (roles, database settings).</summary>
    public Task ExecuteOnServerAsync(string sql) => ExecuteOnAsync(_server, sql);

    public async Task<List<string>> ReadColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(WithoutPooling(ConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async ValueTask DisposeAsync() => await ExecuteOnAsync(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");

    private static async Task ExecuteOnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(WithoutPooling(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // A pooled admin connection would linger and keep the database from being dropped.
    private static string WithoutPooling(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}
