using System.CommandLine;
using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Crawling.Providers;
using TosScan.Documents;
using TosScan.Reporting.Reports;
using TosScan.Scanning;
using TosScan.Storage;
using TosScan.Text;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan scan &lt;providers.csv&gt;</c>: the whole pipeline for every provider in a list.</summary>
internal sealed class ScanCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var providers = new Argument<string>("providers") { Description = "CSV with header name,url,terms_url,privacy_url (local paths relative to the CSV)." };
        var output = CommonOptions.Out();
        var db = CommonOptions.Db();
        var defaults = new ScanOptions { OutputDirectory = "." };
        var parallel = new Option<int>("--max-parallel-providers")
        {
            Description = $"Providers in flight at once (1-1024, default {defaults.MaxParallelProviders}). Most of their time is spent waiting on politeness, which costs nothing; per-host politeness applies regardless.",
            DefaultValueFactory = _ => defaults.MaxParallelProviders,
        };
        var analysis = new Option<int>("--analysis-parallelism")
        {
            Description = "Documents analysed at once (1-256, default: the number of cores).",
            DefaultValueFactory = _ => defaults.AnalysisParallelism,
        };
        var every = new Option<string?>("--every")
        {
            Description = "Keep running and scan the list again at this interval, e.g. 12h, 7d or 2w (from 1m to 365d). Each run adds what changed to the store and rewrites --out.",
        };
        var language = CommonOptions.Language();
        var gradeRule = CommonOptions.GradeRule();
        var cluster = ClusterOptions.Cluster(required: false);
        var waitForWorkers = ClusterOptions.WaitForWorkers();
        var crawler = new CrawlerCommandOptions();
        var command = new Command("scan", "Find, fetch and analyze the terms and privacy policy of every provider in a CSV list; write results to --out and the store.")
        {
            providers,
            output,
            db,
            parallel,
            analysis,
            every,
            language,
            gradeRule,
            cluster,
            waitForWorkers,
        };
        foreach (var option in crawler.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var options = new ScanOptions
            {
                OutputDirectory = environment.ResolvePath(parse.GetValue(output)!),
                MaxParallelProviders = parse.GetValue(parallel),
                AnalysisParallelism = parse.GetValue(analysis),
            };
            Validate(options);
            var schedule = parse.GetValue(every) is { } everyText ? ScanInterval.Parse(everyText, "--every") : (TimeSpan?)null;
            var languageOptions = CommonOptions.ReadLanguage(parse.GetValue(language));

            // Before anything is fetched: a scan that cannot write its results wastes the crawl.
            OutputFolders.EnsureWritable(options.OutputDirectory, "--out");
            using var folderLock = await OutputFolders.LockAsync(options.OutputDirectory, environment.Time, ct).ConfigureAwait(false);
            var crawlerOptions = crawler.Read(parse, environment);
            var providersPath = environment.ResolvePath(parse.GetValue(providers)!);
            var dbPath = StorePaths.Resolve(environment, parse.GetValue(db)!);
            if (parse.GetValue(cluster) is { } connection)
            {
                // The scan runs on the cluster's workers; the store defaults to the cluster's database.
                var clusterDb = parse.GetResult(db) is { Implicit: false } ? dbPath : connection;
                return await ClusterScan.RunAsync(environment, new ClusterScan.Request(
                    connection, clusterDb, providersPath, options, crawlerOptions, languageOptions.GivenLanguage, schedule,
                    TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(waitForWorkers), 0, 86_400)), parse.GetValue(gradeRule)!), ct).ConfigureAwait(false);
            }

            await using var services = Services.Create(environment, languageOptions);
            await using var store = await services.OpenWritableStoreAsync(dbPath, mustExist: false, ct).ConfigureAwait(false);
            while (true)
            {
                var started = environment.Time.GetUtcNow();
                var code = await ScanOnceAsync(environment, services, store, crawlerOptions, options, providersPath, parse.GetValue(gradeRule)!, ct).ConfigureAwait(false);
                if (schedule is not { } interval)
                {
                    return code;
                }

                // A long-running schedule: the store keeps every version, so history and diff show
                // what changed between runs. The list is read again each time, so it can be edited.
                var next = started + interval;
                await environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"next scan at {next.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z (every {ScanInterval.Format(interval)}); Ctrl+C stops, keeping everything stored")).ConfigureAwait(false);
                var wait = next - environment.Time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, environment.Time, ct).ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    /// <summary>One scan of the list: read it, scan every provider, write the report and the summary.</summary>
    private static async Task<int> ScanOnceAsync(CliEnvironment environment, Services services, IScanDatabase store, Crawling.CrawlerOptions crawlerOptions, ScanOptions options, string providersPath, string gradeRule, CancellationToken ct)
    {
        var list = await ReadProvidersAsync(environment, providersPath, ct).ConfigureAwait(false);

        // A new crawler each run: robots.txt and hosts' state are read afresh, as a site expects.
        var web = services.CreateCrawler(crawlerOptions, store);
        await using var webScope = web.ConfigureAwait(false);
        var runner = new ScanRunner(web.Locator, web.Fetcher, services.Analyzer, store, options, environment.Time);
        var result = await runner.RunAsync(list, new ScanProgressReporter(environment.Error, environment.IsTerminal), ct).ConfigureAwait(false);

        // The report covers everything current in the store, so it can be cited as it stands.
        var report = await new ReportWriter(store, store, environment.Time).WriteAsync(
            new ReportOptions
            {
                OutputDirectory = options.OutputDirectory,
                Inputs = ["providers=" + list.SourcePath, "db=" + store.Description],
                GradeRule = gradeRule,
            },
            ct).ConfigureAwait(false);
        await environment.Error.WriteLineAsync($"report: {string.Join(", ", report.Files.Select(Path.GetFileName))}").ConfigureAwait(false);

        if (result.Times is { Fetched: > 0 } times)
        {
            // Per document, so a research group can size a larger scan (docs/scale.md).
            await environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"time per document: fetch {times.Fetch.TotalSeconds / times.Fetched:0.000} s (waits for politeness included), store {times.Store.TotalSeconds / times.Fetched:0.000} s; analysis {(times.Analysed == 0 ? "none (every stored analysis reused)" : $"{times.Analysis.TotalSeconds / times.Analysed:0.000} s in a slot, {times.Analysed} analysed")}")).ConfigureAwait(false);
        }

        await PrintSummaryAsync(environment.Out, result, options.OutputDirectory).ConfigureAwait(false);
        return result.Complete ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    /// <summary>Reads the providers list; warns about bad lines, and a list with no usable row is bad input.</summary>
    internal static async Task<ProvidersList> ReadProvidersAsync(CliEnvironment environment, string providersPath, CancellationToken ct)
    {
        ProvidersList list;
        try
        {
            list = await ProvidersCsvReader.ReadAsync(providersPath, ct).ConfigureAwait(false);
        }
        catch (ProvidersFileException ex)
        {
            throw new UsageException(ex.Message, ex);
        }

        foreach (var problem in list.Problems)
        {
            await environment.Error.WriteLineAsync($"warning: {list.SourcePath}: {problem}").ConfigureAwait(false);
        }

        if (list.Providers.Count == 0)
        {
            throw new UsageException($"{list.SourcePath}: no usable provider rows; fix the lines above");
        }

        return list;
    }

    private static void Validate(ScanOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    internal static async Task PrintSummaryAsync(TextWriter output, ScanResult result, string folder)
    {
        foreach (var row in result.Rows)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{row.Provider,-16} {row.Type?.ToWireName() ?? "-",-20} {row.Status,-8} {row.Language ?? "",-3} {row.Reason ?? row.Url}");
            await output.WriteLineAsync(line.TrimEnd()).ConfigureAwait(false);
        }

        var found = result.Rows.Count(r => r.IsFound);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{found} of {Counted.Of(result.Rows.Count, "document")} found; results in {folder}")).ConfigureAwait(false);
    }
}
