using System.Text.RegularExpressions;
using TosScan.Reporting.Reports;
using TosScan.Storage.Postgres;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

/// <summary>
/// <c>--db</c> with a PostgreSQL connection string: the commands work end to end as on SQLite,
/// and a bad string or an unreachable server is bad input (exit 2, one line) before any work.
/// </summary>
public sealed partial class PostgresDbCommandTests
{
    [PostgresFact]
    public async Task Scan_and_report_on_postgres_give_the_same_reports_as_on_sqlite()
    {
        using var temp = new TempFolder();
        await using var database = await PostgresTestDatabase.CreateAsync();
        var postgres = database.ConnectionString;
        var sqlite = temp.File("scan.db");

        // One provider at a time, so both stores number their versions in the same order (reports cite the ids).
        var scanPostgres = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", "scan-pg", "--db", postgres, "--max-parallel-providers", "1");
        var scanSqlite = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", "scan-sqlite", "--db", sqlite, "--max-parallel-providers", "1");
        Assert.True(scanPostgres.ExitCode == 0, scanPostgres.Error);
        Assert.Equal(scanSqlite.ExitCode, scanPostgres.ExitCode);
        Assert.Equal(scanSqlite.Out.Replace("scan-sqlite", "OUT", StringComparison.Ordinal), scanPostgres.Out.Replace("scan-pg", "OUT", StringComparison.Ordinal));

        var reportPostgres = await CliHarness.RunAsync(temp.Path, "report", "--db", postgres, "--out", "report-pg");
        var reportSqlite = await CliHarness.RunAsync(temp.Path, "report", "--db", sqlite, "--out", "report-sqlite");
        Assert.True(reportPostgres.ExitCode == 0, reportPostgres.Error);
        Assert.Equal(reportSqlite.ExitCode, reportPostgres.ExitCode);

        // The reports cite their store; apart from that they must be the same, byte for byte.
        var described = PostgresConnectionStrings.Describe(PostgresConnectionStrings.Parse(postgres));
        foreach (var file in new[] { ReportFiles.Json, ReportFiles.ProviderScores, ReportFiles.Clauses, ReportFiles.Markdown, ReportFiles.Html })
        {
            var fromPostgres = await File.ReadAllTextAsync(Path.Combine(temp.File("report-pg"), file));
            var fromSqlite = await File.ReadAllTextAsync(Path.Combine(temp.File("report-sqlite"), file));
            if (file == ReportFiles.Json)
            {
                Assert.Contains("db=" + described, fromPostgres, StringComparison.Ordinal);
            }

            Assert.Equal(CitedStore().Replace(fromSqlite, "db=DB"), CitedStore().Replace(fromPostgres, "db=DB"));
        }

        var historyPostgres = await CliHarness.RunAsync(temp.Path, "history", "Chirpy", "--db", postgres, "--format", "json");
        var historySqlite = await CliHarness.RunAsync(temp.Path, "history", "Chirpy", "--db", sqlite, "--format", "json");
        Assert.Equal(0, historyPostgres.ExitCode);
        Assert.Equal(historySqlite.Out, historyPostgres.Out);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("history")]
    [InlineData("diff")]
    [InlineData("review")]
    [InlineData("reextract")]
    [InlineData("scan")]
    public async Task A_postgres_server_that_is_not_there_is_bad_input_for_every_command(string command)
    {
        using var temp = new TempFolder();
        var port = PostgresConnectionTests.ClosedLoopbackPort();
        var db = $"Host=127.0.0.1;Port={port};Username=tosscan;Database=tosscan";
        string[] args = command switch
        {
            "history" => ["history", "Chirpy", "--db", db],
            "diff" => ["diff", "--provider", "Chirpy", "--db", db],
            "review" => ["review", "--db", db, "--export", "-"],
            "scan" => ["scan", RepoPaths.ProvidersCsv, "--out", "out", "--db", db],
            _ => [command, "--db", db],
        };

        var run = await CliHarness.RunAsync(temp.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: cannot connect to PostgreSQL at 127.0.0.1:{port}: Connection refused; is the server running?", run.Error.Trim());
        Assert.False(File.Exists(temp.File(db)));
    }

    [Fact]
    public async Task A_misspelt_keyword_is_bad_input_naming_it()
    {
        using var temp = new TempFolder();
        var run = await CliHarness.RunAsync(temp.Path, "report", "--db", "Host=127.0.0.1;Databse=tosscan");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'databse' is not a PostgreSQL connection-string keyword", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [PostgresFact]
    public async Task Reading_commands_on_a_database_without_a_store_are_bad_input_and_create_nothing()
    {
        using var temp = new TempFolder();
        await using var database = await PostgresTestDatabase.CreateAsync();
        foreach (var args in new[] { new[] { "report", "--out", "out" }, ["history", "Chirpy"], ["review", "--export", "-"], ["reextract"] })
        {
            var run = await CliHarness.RunAsync(temp.Path, [.. args, "--db", database.ConnectionString]);
            Assert.True(run.ExitCode == 2, args[0] + ": " + run.Error);
            Assert.Contains("no TosScan store there yet; run 'tosscan scan'", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Trim().Split('\n'));
        }

        Assert.Empty(await database.ReadColumnAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }

    [PostgresFact]
    public async Task A_missing_database_is_bad_input_naming_it()
    {
        using var temp = new TempFolder();
        var db = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer.Required) { Database = "tosscan_no_such_db" }.ConnectionString;
        var run = await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", "out", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no database 'tosscan_no_such_db'", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    /// <summary>The store a report cites, in whatever escaping its format gives it.</summary>
    [GeneratedRegex("""db=[^\s<"|]+""")]
    private static partial Regex CitedStore();
}
