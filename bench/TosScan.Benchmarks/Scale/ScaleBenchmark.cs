using System.Globalization;
using System.Text;
using TosScan.LoopbackWeb;

namespace TosScan.Benchmarks.Scale;

/// <summary>
/// Issue 13's single-machine figures, each measured as a ratio within one run:
/// <list type="bullet">
/// <item><c>memory</c>: peak RSS of a scan of 100 and of 1,000 loopback providers (no crawl delay);
/// the larger must be within 1.25x of the smaller. Also the store's bytes per provider, beside a
/// baseline build given with <c>--baseline-cli</c> (must be at most half).</item>
/// <item><c>politeness</c>: 200 providers at Crawl-delay 1 with default flags, beside the same
/// providers with no crawl delay and no per-host spacing; must be within 1.25x.</item>
/// </list>
/// Exit code 1 when a limit is not met.
/// </summary>
internal static class ScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "memory";
        var cli = Arg(args, "--cli") ?? throw new ArgumentException("--cli <path to TosScan.Cli.dll> is required");
        var work = Arg(args, "--work") ?? Path.Combine(Path.GetTempPath(), "tosscan-scale-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        return mode switch
        {
            "memory" => await MemoryAsync(cli, Arg(args, "--baseline-cli"), work, IntArg(args, "--small", 100), IntArg(args, "--large", 1000)),
            "politeness" => await PolitenessAsync(cli, work, IntArg(args, "--providers", 200)),
            _ => throw new ArgumentException($"unknown mode '{mode}': use memory or politeness"),
        };
    }

    private static async Task<int> MemoryAsync(string cli, string? baselineCli, string work, int small, int large)
    {
        var rows = new StringBuilder("| scan | providers | wall | peak RSS | store | store per provider | output folder |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        ChildScanResult? smallRun = null, largeRun = null, baselineRun = null;
        foreach (var (name, dll, count) in new[] { ("this build", cli, small), ("this build", cli, large) }
            .Concat(baselineCli is null ? [] : new[] { ("baseline build", baselineCli, small) }))
        {
            await using var web = await FictionalProviders.StartAsync(count, crawlDelaySeconds: 0);
            var folder = Path.Combine(work, $"{name.Replace(' ', '-')}-{count}");
            var result = await ChildScan.RunAsync(dll, folder, web.ProvidersCsv(), ["--per-host-delay", "0"]);
            rows.Append(Row(name, count, result));
            if (name == "baseline build")
            {
                baselineRun = result;
            }
            else if (count == small)
            {
                smallRun = result;
            }
            else
            {
                largeRun = result;
            }
        }

        var rssRatio = (double)largeRun!.PeakRssBytes / smallRun!.PeakRssBytes;
        var ok = rssRatio <= 1.25;
        rows.Append(CultureInfo.InvariantCulture, $"\npeak RSS {large} / {small} providers: {rssRatio:0.00}x (limit 1.25x)\n");
        if (baselineRun is not null)
        {
            var storeRatio = (double)smallRun.StoreBytes / baselineRun.StoreBytes;
            ok &= storeRatio <= 0.5;
            rows.Append(CultureInfo.InvariantCulture, $"store bytes per provider, this build / baseline: {storeRatio:0.00} (limit 0.50)\n");
        }

        Console.Write(rows);
        Console.WriteLine(ok ? "scale memory benchmark: PASS" : "scale memory benchmark: FAIL");
        return ok ? 0 : 1;
    }

    private static async Task<int> PolitenessAsync(string cli, string work, int providers)
    {
        var rows = new StringBuilder("| scan | providers | wall | peak RSS | store | store per provider | output folder |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        ChildScanResult polite, free;
        await using (var web = await FictionalProviders.StartAsync(providers, crawlDelaySeconds: 1))
        {
            polite = await ChildScan.RunAsync(cli, Path.Combine(work, "crawl-delay-1"), web.ProvidersCsv(), []);
            rows.Append(Row("Crawl-delay 1, default flags", providers, polite));
            var gaps = web.Arrivals.Values.SelectMany(a => a.Zip(a.Skip(1), (x, y) => y - x)).ToList();
            rows.Append(CultureInfo.InvariantCulture, $"(gaps shorter than the crawl delay at the servers: {gaps.Count(g => g < TimeSpan.FromSeconds(1))})\n");
        }

        await using (var web = await FictionalProviders.StartAsync(providers, crawlDelaySeconds: 0))
        {
            free = await ChildScan.RunAsync(cli, Path.Combine(work, "no-delay"), web.ProvidersCsv(), ["--per-host-delay", "0"]);
            rows.Append(Row("no crawl delay, --per-host-delay 0", providers, free));
        }

        var ratio = polite.WallSeconds / free.WallSeconds;
        rows.Append(CultureInfo.InvariantCulture, $"\nwall, Crawl-delay 1 / no delay: {ratio:0.00}x (limit 1.25x)\n");
        Console.Write(rows);
        var ok = ratio <= 1.25;
        Console.WriteLine(ok ? "scale politeness benchmark: PASS" : "scale politeness benchmark: FAIL");
        return ok ? 0 : 1;
    }

    private static string Row(string name, int providers, ChildScanResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {providers} | {r.WallSeconds:0.0} s | {r.PeakRssBytes / 1048576.0:0} MB | {r.StoreBytes / 1048576.0:0.0} MB | {r.StoreBytes / 1024.0 / providers:0} KB | {r.OutputBytes / 1048576.0:0.0} MB |\n");

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        Arg(args, name) is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
