using TosScan.Tests.Cli;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cluster;

/// <summary>Bad cluster input is one line and exit code 2, never a hang or a stack trace.</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public async Task A_malformed_cluster_connection_string_is_bad_input()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nA,,a.md,\n");

        var run = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "scan", "p.csv", "--cluster", "nonsense=;;");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --cluster: not a PostgreSQL connection string", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_cluster_database_is_bad_input()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nA,,a.md,\n");

        var scan = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "scan", "p.csv", "--cluster", "Host=127.0.0.1;Port=1;Username=x;Database=y");
        var worker = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "worker", "--cluster", "Host=127.0.0.1;Port=1;Username=x;Database=y");

        Assert.Equal((2, 2), (scan.ExitCode, worker.ExitCode));
        Assert.Contains("cannot reach", scan.Error, StringComparison.Ordinal);
        Assert.Single(worker.Error.Trim().Split('\n'));
    }

    [PostgresFact]
    public async Task A_cluster_with_no_worker_says_so_while_waiting_and_gives_up_with_exit_2()
    {
        using var temp = new TempFolder();
        await using var database = await PostgresTestDatabase.CreateAsync();
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nA,,a.md,\n");

        var run = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "scan", "p.csv", "--cluster", database.ConnectionString, "--wait-for-workers", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("waiting for a worker to join the cluster (0 active)...", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: no worker joined the cluster within 2 s", run.Error, StringComparison.Ordinal);
    }
}
