using System.Diagnostics;
using System.Globalization;
using TosScan.LoopbackWeb;
using TosScan.Storage;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;
using Xunit.Abstractions;

namespace TosScan.Tests.Cluster;

/// <summary>
/// The whole cluster as it is deployed: PostgreSQL, three <c>tosscan worker</c> processes and a
/// <c>tosscan scan --cluster</c> client, scanning 200 loopback providers with Crawl-delay 1 while
/// one worker is killed with SIGKILL halfway. A local single-process scan of an identical web
/// (the same addresses on other ports, so the same documents) runs beside it for comparison.
/// </summary>
public sealed class ClusterEndToEndTests(ITestOutputHelper output)
{
    private const int Hosts = 200;
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromSeconds(1);

    [PostgresFact]
    public async Task Three_workers_one_killed_halfway_scan_200_hosts_politely_and_store_what_a_local_scan_stores()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        await using var database = await PostgresTestDatabase.CreateAsync();
        // Two sections a document: the models' time on 800 documents would swamp what is measured here.
        await using var web = await FictionalProviders.StartAsync(Hosts, (int)CrawlDelay.TotalSeconds, sections: 2);
        var webStarted = clock.Elapsed; // the web's arrival times count from about here
        await using var twin = await FictionalProviders.StartAsync(Hosts, (int)CrawlDelay.TotalSeconds, sections: 2);
        await File.WriteAllTextAsync(temp.File("cluster.csv"), web.ProvidersCsv());
        await File.WriteAllTextAsync(temp.File("local.csv"), twin.ProvidersCsv());
        string[] crawl = ["--allow-private-addresses", "--no-render", "--timeout", "10"];

        var killedAt = TimeSpan.Zero;
        var workers = Enumerable.Range(0, 3).Select(_ => CliProcess.Start(temp.Path, "worker", "--cluster", database.ConnectionString, "--address", "127.0.0.1")).ToList();
        try
        {
            await Task.WhenAll(workers.Select(w => w.WaitForLineAsync("worker joined the cluster", TimeSpan.FromSeconds(60))));
            output.WriteLine($"workers up at {clock.Elapsed.TotalSeconds:0} s");

            using var scan = CliProcess.Start(temp.Path, ["scan", "cluster.csv", "--cluster", database.ConnectionString, "--out", "out-cluster", .. crawl]);
            using var local = CliProcess.Start(temp.Path, ["scan", "local.csv", "--db", "local.db", "--out", "out-local", .. crawl]);
            var halfway = new TaskCompletionSource();
            scan.ErrorLine += line =>
            {
                if (line.StartsWith($"[{Hosts / 2}/", StringComparison.Ordinal))
                {
                    halfway.TrySetResult();
                }
            };
            await Task.WhenAny(halfway.Task, scan.Exited, Task.Delay(TimeSpan.FromMinutes(3)));
            Assert.True(halfway.Task.IsCompleted, "the cluster scan never got halfway: " + string.Join(" | ", scan.ErrorLines.TakeLast(5)));
            workers[1].Kill();
            killedAt = clock.Elapsed;
            output.WriteLine($"worker {workers[1].Id} killed at {clock.Elapsed.TotalSeconds:0} s");

            await ExitsCleanlyAsync(scan, temp.File("out-cluster/scan-status.csv"));
            output.WriteLine($"cluster scan done at {clock.Elapsed.TotalSeconds:0} s");
            await ExitsCleanlyAsync(local, temp.File("out-local/scan-status.csv"));
            output.WriteLine($"local scan done at {clock.Elapsed.TotalSeconds:0} s");
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        // Every provider reported once, every document found.
        var status = (await File.ReadAllLinesAsync(temp.File("out-cluster/scan-status.csv"))).Skip(1).ToList();
        Assert.Equal(Hosts * 2, status.Count);
        Assert.All(status.GroupBy(l => l.Split(',')[0]), g => Assert.Equal(2, g.Count()));
        Assert.All(status, l => Assert.Equal("found", l.Split(',')[2]));
        Assert.Equal(Hosts * 2, Directory.EnumerateFiles(temp.File("out-cluster/documents"), "*.json", SearchOption.AllDirectories).Count());

        // No host saw two requests closer than its crawl delay, whichever workers sent them.
        var gaps = web.Arrivals.SelectMany(h => h.Value.Zip(h.Value.Skip(1), (x, y) => (Host: h.Key, At: webStarted + y, Gap: y - x))).ToList();
        output.WriteLine($"{web.Requests} requests to {web.Arrivals.Count} hosts; closest two to one host {gaps.Min(g => g.Gap).TotalMilliseconds:0} ms apart");
        Assert.All(gaps, g => Assert.True(g.Gap >= CrawlDelay - TimeSpan.FromMilliseconds(1),
            $"two requests to {g.Host} {g.Gap.TotalMilliseconds:0} ms apart, the second at about {g.At.TotalSeconds:0.0} s (worker killed at {killedAt.TotalSeconds:0.0} s)"));

        // The same documents and versions as the local scan, and no version stored twice.
        await using var clusterStore = await ScanStores.OpenExistingAsync(database.ConnectionString, TimeProvider.System, CancellationToken.None);
        await using var localStore = await ScanStores.OpenExistingAsync(temp.File("local.db"), TimeProvider.System, CancellationToken.None);
        var clusterVersions = await Versions(clusterStore);
        Assert.Equal(Hosts * 2, clusterVersions.Count);
        Assert.Equal(Hosts * 2, (await clusterStore.CountAsync(CancellationToken.None)).Versions);
        Assert.Equal(await Versions(localStore), clusterVersions);
    }

    /// <summary>Exit code 0, or a failure that shows what the scan said and which rows were not found.</summary>
    private static async Task ExitsCleanlyAsync(CliProcess scan, string statusFile)
    {
        var code = await scan.Exited.WaitAsync(TimeSpan.FromMinutes(3));
        if (code != 0)
        {
            // Give the output readers a moment: the exit can be signalled before the last lines are read.
            await Task.Delay(500);
            var notFound = File.Exists(statusFile)
                ? string.Join(" | ", (await File.ReadAllLinesAsync(statusFile)).Skip(1).Where(l => l.Split(',')[2] != "found").Take(5))
                : "no status file";
            Assert.Fail($"exit code {code}; rows not found: {notFound}; {scan.Said()}");
        }
    }

    private static async Task<SortedSet<string>> Versions(IScanStore store) =>
        new((await store.GetCurrentVersionsAsync(null, CancellationToken.None)).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Provider}/{v.Type}/{v.TextSha256}")), StringComparer.Ordinal);
}
