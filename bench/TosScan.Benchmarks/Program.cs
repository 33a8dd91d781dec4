using BenchmarkDotNet.Running;
using TosScan.Benchmarks.Crawl;
using TosScan.Benchmarks.Scale;

// `crawl` runs the crawl benchmark (real servers on loopback addresses), `scale` the whole-scan
// figures of bench/scan-scale.sh; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "crawl")
{
    return await CrawlBenchmark.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "scale")
{
    return await ScaleBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
