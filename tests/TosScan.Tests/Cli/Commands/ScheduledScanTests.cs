using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary><c>tosscan scan --every</c>: a long-running process that scans again on its schedule.</summary>
public sealed class ScheduledScanTests
{
    [Fact]
    public async Task Scan_every_7d_scans_again_when_the_week_is_up_and_the_store_shows_what_changed()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");
        var db = temp.File("scan.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var ctrlC = new CancellationTokenSource();

        var run = CliHarness.RunAsync(temp.Path, null, time, ctrlC.Token, "scan", "p.csv", "--db", db, "--out", "out", "--every", "7d");
        await WaitForAsync(() => File.Exists(Path.Combine(temp.Path, "out", "report.json")), run);
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM fetches"));

        // Nothing happens before the week is up.
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nWe own everything you post.\n");
        time.Advance(TimeSpan.FromDays(6));
        await Task.Delay(300);
        Assert.Equal(1, await CountAsync(db, "SELECT count(*) FROM fetches"));

        time.Advance(TimeSpan.FromDays(1));
        await WaitForAsync(() => CountAsync(db, "SELECT count(*) FROM versions").Result == 2, run);
        ctrlC.Cancel();
        var result = await run;

        Assert.Contains("next scan at 2026-12-08 09:00:00Z (every 1w)", result.Error, StringComparison.Ordinal);
        Assert.Contains("cancelled; results saved so far are kept", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(db, "SELECT count(*) FROM fetches"));
        Assert.Equal(2, await CountAsync(db, "SELECT count(*) FROM versions"));
    }

    [Theory]
    [InlineData("7", "is not an interval")]
    [InlineData("7 days", "is not an interval")]
    [InlineData("30s", "is not an interval")]
    [InlineData("0m", "out of range")]
    [InlineData("400d", "out of range")]
    public async Task A_bad_interval_is_bad_input_before_anything_is_fetched(string every, string message)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--db", temp.File("scan.db"), "--out", "out", "--every", every);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--every", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("scan.db")));
    }

    private static async Task WaitForAsync(Func<bool> condition, Task<CliHarness.Run> run)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            if (run.IsCompleted)
            {
                var ended = await run;
                Assert.Fail($"the scheduled scan ended early with {ended.ExitCode}: {ended.Error}");
            }

            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting for the scheduled scan");
    }

    private static async Task<long> CountAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
