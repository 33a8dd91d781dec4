using BenchmarkDotNet.Running;
using TosScan.Benchmarks.Crawl;

// `crawl` runs the crawl benchmark (real servers on loopback addresses); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "crawl")
{
    return await CrawlBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
