using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Hosting;
using TosScan.Crawling.Providers;
using TosScan.LoopbackWeb;
using TosScan.Scanning;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;
using Xunit.Abstractions;

namespace TosScan.Tests.Cluster;

/// <summary>
/// The cluster's promises, on three silos in one process: one host's requests stay a crawl delay
/// apart whichever silos its providers run on, and a silo lost mid-scan loses nothing.
/// </summary>
public sealed class ClusterScanTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Providers_of_one_host_on_different_silos_never_get_requests_closer_than_its_crawl_delay()
    {
        using var temp = new TempFolder();
        await using var web = await FictionalProviders.StartAsync(2, (int)CrawlDelay.TotalSeconds);
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\n" + string.Concat(
            Enumerable.Range(0, 8).Select(i => $"shared-{i},{web.Homes[i % 2]},,\n")));
        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);
        await using var client = cluster.Client();
        var scanId = ClusterScanClient.NewScanId();

        var rows = await client.RunAsync(scanId, InProcessCluster.Submission(list), progress: null, CancellationToken.None);

        Assert.Equal(16, rows.Count);
        Assert.All(rows, r => Assert.Equal(ScanStatuses.Found, r.Status));
        var workers = (await cluster.Cluster.Client.GetGrain<IScanGrain>(scanId).GetRowsAsync()).Select(f => f.Result.Worker).Distinct().Count();
        Assert.True(workers >= 2, $"the eight providers ran on {workers} silo(s); the test needs at least two");
        AssertSpaced(web);

        // robots.txt is read once per host for the whole cluster, not once per worker.
        Assert.All(web.Homes, home => Assert.Equal(1, web.RequestsTo(home, "/robots.txt")));
    }

    [Fact]
    public async Task Scan_every_period_re_scans_each_provider_on_its_reminder_and_the_store_keeps_the_new_versions()
    {
        using var temp = new TempFolder();
        await using var web = await FictionalProviders.StartAsync(3, crawlDelaySeconds: 0);
        await File.WriteAllTextAsync(temp.File("p.csv"), web.ProvidersCsv());
        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);
        var every = TimeSpan.FromSeconds(3);
        await using var cluster = await InProcessCluster.StartAsync(temp.Path, minimumReminderPeriod: every);
        await using var client = cluster.Client();

        var rows = await client.RunAsync(ClusterScanClient.NewScanId(), InProcessCluster.Submission(list, every), progress: null, CancellationToken.None);
        Assert.Equal(6, rows.Count(r => r.Status == ScanStatuses.Found));
        await using var store = await SqliteScanStore.OpenAsync(cluster.StorePath, TimeProvider.System, CancellationToken.None);
        Assert.Equal(6, (await store.CountAsync(CancellationToken.None)).Versions);

        // The providers change their terms; each provider's reminder scans it again on its own.
        web.Revision = 1;
        var clock = Stopwatch.StartNew();
        while ((await store.CountAsync(CancellationToken.None)).Versions < 12 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
        }

        Assert.Equal(12, (await store.CountAsync(CancellationToken.None)).Versions);
        foreach (var provider in list.Providers)
        {
            var versions = await store.GetVersionsAsync(provider.Name, TosScan.Documents.DocumentType.TermsOfService, CancellationToken.None);
            Assert.Equal(2, versions.Count);
            Assert.Contains("revision 1", versions[^1].Text, StringComparison.Ordinal);
        }

        output.WriteLine($"re-scanned within {clock.Elapsed.TotalSeconds:0.0} s of the change");
    }

    [Fact]
    public async Task A_silo_killed_mid_scan_loses_nothing_and_every_provider_is_reported_once()
    {
        using var temp = new TempFolder();
        // Three providers per host, so each host's requests queue for a while and the kill lands mid-scan.
        await using var web = await FictionalProviders.StartAsync(4, (int)CrawlDelay.TotalSeconds);
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\n" + string.Concat(
            Enumerable.Range(0, 12).Select(i => $"p-{i},{web.Homes[i % 4]},,\n")));
        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);
        await using var client = cluster.Client();
        var firstDone = new TaskCompletionSource();
        var clock = Stopwatch.StartNew();

        var scanId = ClusterScanClient.NewScanId();
        var scan = client.RunAsync(scanId, InProcessCluster.Submission(list), new Progress<ScanProgress>(_ => firstDone.TrySetResult()), CancellationToken.None);
        await firstDone.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // The secondary silo running the most unfinished providers (the first silo keeps the test cluster's membership).
        var running = Enumerable.Range(0, 12)
            .Select(i => cluster.Cluster.TryGetGrainContext(cluster.Cluster.Client.GetGrain<IProviderGrain>($"{scanId}/{i}").GetGrainId(), out var context) ? context.Address.SiloAddress : null)
            .Where(a => a is not null)
            .ToList();
        var victim = cluster.Cluster.Silos.Skip(1).MaxBy(s => running.Count(a => a == s.SiloAddress))!;
        var moved = running.Count(a => a == victim.SiloAddress);
        Assert.True(moved > 0, "no provider was running on a secondary silo when it was to be killed");
        output.WriteLine($"killing {victim.SiloAddress} with {moved} providers at {clock.Elapsed.TotalSeconds:0.0} s");
        await cluster.Cluster.KillSiloAsync(victim);
        var rows = await scan.WaitAsync(TimeSpan.FromSeconds(120));
        output.WriteLine($"scan complete at {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(24, rows.Count);
        Assert.All(rows, r => Assert.Equal(ScanStatuses.Found, r.Status));
        Assert.All(rows.GroupBy(r => r.Provider), g => Assert.Equal(2, g.Count()));
        Assert.Equal(12, rows.Select(r => r.Provider).Distinct().Count());
        Assert.Equal(12, await LedgerRowsAsync(temp.File("ledger.db")));
        await using var store = await SqliteScanStore.OpenAsync(cluster.StorePath, TimeProvider.System, CancellationToken.None);
        Assert.Equal(24, (await store.CountAsync(CancellationToken.None)).Versions);
        AssertSpaced(web);
    }

    private void AssertSpaced(FictionalProviders web)
    {
        var gaps = web.Arrivals.Values.SelectMany(a => a.Zip(a.Skip(1), (x, y) => y - x)).ToList();
        output.WriteLine($"{web.Requests} requests; closest two to one host {gaps.Min().TotalMilliseconds:0} ms apart");

        // The host grain grants a turn a crawl delay after the previous response was read, so the
        // server's gap can only be longer; a millisecond covers the two clocks' rounding.
        Assert.All(gaps, gap => Assert.True(gap >= CrawlDelay - TimeSpan.FromMilliseconds(1), $"two requests to one host {gap.TotalMilliseconds:0} ms apart"));
    }

    private static async Task<long> LedgerRowsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM tosscan_cluster_status WHERE run = 0";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
