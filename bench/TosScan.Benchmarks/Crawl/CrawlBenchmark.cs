using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.LoopbackWeb;

namespace TosScan.Benchmarks.Crawl;

/// <summary>
/// Scans 200 fictional providers, each on its own loopback address with robots.txt
/// <c>Crawl-delay: 1</c>, through the real locator and fetcher with a high global concurrency.
/// Checks on the server side that no host ever saw two requests less than the delay apart, and
/// that the whole scan took at most 3x the time the delay makes unavoidable. Exit code 1 if not.
/// </summary>
internal static class CrawlBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var providers = IntArg(args, "--providers", 200);
        var concurrency = IntArg(args, "--concurrency", 64);
        const int crawlDelay = 1;

        await using var sites = await FictionalProviders.StartAsync(providers, crawlDelay);
        var options = new CrawlerOptions
        {
            AllowPrivateAddresses = true, // the fictional providers live on 127.0.0.x
            MaxConcurrency = concurrency,
            RenderScripts = false,
        };

        var found = 0;
        var failures = new ConcurrentBag<string>();
        var stopwatch = Stopwatch.StartNew();
        await using (var crawler = Crawler.Create(options, TimeProvider.System))
        {
            await Parallel.ForEachAsync(
                sites.Homes.Select((home, i) => new ProviderEntry($"provider-{i + 1}", home, null, null, i + 2)),
                new ParallelOptions { MaxDegreeOfParallelism = providers },
                async (provider, ct) =>
                {
                    var located = await crawler.Locator.LocateAsync(provider, ct);
                    foreach (var missing in located.Missing)
                    {
                        failures.Add($"{provider.Name} {missing.Type.ToWireName()}: {missing.Reason}");
                    }

                    var outcomes = await Task.WhenAll(located.Targets.Select(t => crawler.Fetcher.FetchAsync(t, ct)));
                    foreach (var outcome in outcomes)
                    {
                        if (outcome.Record.Status == FetchStatus.Found)
                        {
                            Interlocked.Increment(ref found);
                        }
                        else
                        {
                            failures.Add($"{provider.Name} {outcome.Record.Type.ToWireName()}: {outcome.Record.Status} {outcome.Record.Reason}");
                        }
                    }
                });
        }

        var elapsed = stopwatch.Elapsed;
        var arrivals = sites.Arrivals;
        var requests = arrivals.Values.Sum(a => a.Count);
        var perHost = arrivals.Values.Max(a => a.Count);
        var gaps = arrivals.Values.SelectMany(a => a.Zip(a.Skip(1), (x, y) => y - x)).ToList();
        var minGap = gaps.Count == 0 ? TimeSpan.Zero : gaps.Min();
        var broken = gaps.Count(g => g < TimeSpan.FromSeconds(crawlDelay));
        // The first request to a host needs no wait; each later one waits the delay.
        var unavoidable = TimeSpan.FromSeconds((perHost - 1) * crawlDelay);
        var ratio = elapsed / unavoidable;
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        var report = string.Create(CultureInfo.InvariantCulture, $"""
            | measure | value |
            | --- | --- |
            | providers (hosts) | {providers} (127.0.0.2 .. {FictionalProviders.Address(providers - 1)}) |
            | global concurrency | {concurrency} |
            | requests made | {requests} ({perHost} per host: robots.txt, home, terms, privacy) |
            | documents found | {found} of {providers * 2} |
            | total time | {elapsed.TotalSeconds:0.00} s |
            | unavoidable time ((requests per host - 1) x Crawl-delay) | {unavoidable.TotalSeconds:0.00} s |
            | ratio to unavoidable (limit 3.0) | {ratio:0.00} |
            | smallest gap between two requests to one host (server side) | {minGap.TotalMilliseconds:0.0} ms |
            | gaps shorter than the Crawl-delay | {broken} |
            | peak working set (crawler + 200-address server in one process) | {process.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB |
            | managed heap after the scan | {GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0):0.0} MB |
            """);
        Console.WriteLine(report);
        foreach (var failure in failures.Take(10))
        {
            Console.WriteLine("failure: " + failure);
        }

        var ok = broken == 0 && ratio <= 3.0 && failures.IsEmpty;
        Console.WriteLine(ok ? "crawl benchmark: PASS" : "crawl benchmark: FAIL");
        return ok ? 0 : 1;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
