using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TosScan.Storage;
using TosScan.Storage.Postgres;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

/// <summary>
/// How <c>--db</c> is told apart and what a bad PostgreSQL connection string or server looks like:
/// one line naming the server or keyword, in seconds, never a hang or a stack trace.
/// </summary>
public sealed class PostgresConnectionTests
{
    private readonly FakeTimeProvider _time = new(T0);

    [Theory]
    [InlineData("tosscan.db", false)]
    [InlineData("out/scan.db", false)]
    [InlineData("./run=3.db", false)]
    [InlineData("/data/a=b.db", false)]
    [InlineData(@"C:\data\x=y.db", false)]
    [InlineData("=x", false)]
    [InlineData("Host=127.0.0.1;Port=5433;Database=tosscan;Username=tosscan", true)]
    [InlineData("host = db.example ; port = 5432", true)]
    [InlineData("Hots=127.0.0.1", true)]
    [InlineData("postgresql://tosscan@127.0.0.1/tosscan", true)]
    public void A_connection_string_is_told_from_a_sqlite_path(string db, bool postgres)
    {
        Assert.Equal(postgres, ScanStores.IsPostgres(db));
    }

    [Fact]
    public void The_connect_timeout_is_short_unless_the_string_sets_one()
    {
        Assert.Equal(PostgresConnectionStrings.DefaultConnectTimeoutSeconds, PostgresConnectionStrings.Parse("Host=127.0.0.1").Timeout);
        Assert.Equal(3, PostgresConnectionStrings.Parse("Host=127.0.0.1;Timeout=3").Timeout);
        Assert.Equal(15, PostgresConnectionStrings.Parse("Host=127.0.0.1;timeout=15").Timeout);
    }

    [Theory]
    [InlineData("Host=127.0.0.1", PostgresConnectionStrings.DefaultMaxPoolSize)]
    [InlineData("Host=127.0.0.1;Maximum Pool Size=100", 100)]
    [InlineData("Host=127.0.0.1;MaxPoolSize=4", 4)]
    [InlineData("Host=127.0.0.1;maxpoolsize=40", 40)]
    [InlineData("Host=127.0.0.1;Minimum Pool Size=30", 30)]
    public void The_pool_is_bounded_unless_the_string_sets_a_bound(string db, int expected)
    {
        // The store's --db and the cluster's --cluster read the bound the same way.
        Assert.Equal(expected, PostgresConnectionStrings.Parse(db).MaxPoolSize);
        Assert.Equal(expected, PostgresConnectionStrings.WithPoolBound(db).MaxPoolSize);
    }

    [Theory]
    [InlineData("Hots=127.0.0.1;Port=5432", "'hots' is not a PostgreSQL connection-string keyword")]
    [InlineData("Host=127.0.0.1;Port=abc", "'abc' is not a valid value for 'port'")]
    [InlineData("Host=127.0.0.1;Port=5432;Database", "malformed")]
    [InlineData("Port=5432;Database=x", "names no Host")]
    [InlineData("postgresql://tosscan@127.0.0.1/tosscan", "not a postgresql:// URI")]
    public async Task A_bad_connection_string_names_what_is_wrong(string db, string expected)
    {
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync(db, _time, default));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_bad_password_value_is_never_repeated()
    {
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync("Host=127.0.0.1;Password=s3cret;Port=99999999999", _time, default));
        Assert.Contains("'port'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", PostgresConnectionStrings.Describe(PostgresConnectionStrings.Parse("Host=h;Username=u;Password=s3cret;Database=d")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_loopback_port_is_reported_as_no_server_there()
    {
        var port = ClosedLoopbackPort();
        var started = DateTime.UtcNow;
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync($"Host=127.0.0.1;Port={port};Username=tosscan;Database=tosscan", _time, default));
        Assert.Equal($"cannot connect to PostgreSQL at 127.0.0.1:{port}: Connection refused; is the server running?", error.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(PostgresConnectionStrings.DefaultConnectTimeoutSeconds));
    }

    [PostgresFact]
    public async Task A_missing_database_is_named_with_how_to_create_it()
    {
        var name = "tosscan_missing_" + Guid.NewGuid().ToString("N");
        var db = new NpgsqlConnectionStringBuilder(PostgresServer.Required) { Database = name }.ConnectionString;
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync(db, _time, default));
        Assert.Contains($"has no database '{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("createdb", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task An_unknown_user_is_a_refused_login()
    {
        var db = new NpgsqlConnectionStringBuilder(PostgresServer.Required) { Username = "tosscan_nobody_" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString;
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync(db, _time, default));
        Assert.Contains("refused the login of user 'tosscan_nobody_", error.Message, StringComparison.Ordinal);
        Assert.Contains("check Username and Password", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Needs a server that asks members of <see cref="PostgresServer.PasswordGroup"/> for a password, as scripts/postgres-throwaway.sh sets up.</summary>
    [PostgresFact]
    public async Task A_wrong_password_is_a_refused_login_that_does_not_repeat_the_password()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        var role = "tosscan_pw_" + Guid.NewGuid().ToString("N")[..8];
        await database.ExecuteOnServerAsync($"CREATE ROLE {role} LOGIN PASSWORD 'right-password' IN ROLE {PostgresServer.PasswordGroup}");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role, Password = "wrong-password" };
            var error = await Assert.ThrowsAsync<PostgresStoreException>(() => ScanStores.OpenAsync(builder.ConnectionString, _time, default));
            Assert.Contains($"refused the login of user '{role}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-password", error.Message, StringComparison.Ordinal);

            // The right password gets in, so the refusal above was about the password.
            await database.ExecuteAsync($"GRANT ALL ON SCHEMA public TO {role}");
            builder.Password = "right-password";
            await using var store = await ScanStores.OpenAsync(builder.ConnectionString, _time, default);
            Assert.Equal(new(0, 0, 0), await store.CountAsync(default));
        }
        finally
        {
            // The database goes first: a role that owns tables in it cannot be dropped.
            await database.DisposeAsync();
            await database.ExecuteOnServerAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    /// <summary>A loopback port nothing listens on: bound by us a moment ago, then released.</summary>
    internal static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
