using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Hosting;
using TosScan.Cluster.Worker;
using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Files;
using TosScan.Reporting.Reports;
using TosScan.Scanning;
using TosScan.Storage;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan scan --cluster</c>: the scan runs on the cluster's workers; this process submits it,
/// shows the same progress, and writes the same outputs as a local scan from what the workers
/// stored (documents/, scan-status.csv, the report). With <c>--every</c> the workers' reminders
/// re-scan each provider on the schedule; this process returns after the first run.
/// </summary>
internal static class ClusterScan
{
    public sealed record Request(
        string Connection,
        string Db,
        string ProvidersPath,
        ScanOptions Scan,
        CrawlerOptions Crawler,
        string? Language,
        TimeSpan? Every,
        TimeSpan WaitForWorkers,
        string GradeRule);

    public static async Task<int> RunAsync(CliEnvironment environment, Request request, CancellationToken ct)
    {
        var list = await ScanCommand.ReadProvidersAsync(environment, request.ProvidersPath, ct).ConfigureAwait(false);
        var waiting = new ClusterScanOptions { WaitForWorkers = request.WaitForWorkers };
        try
        {
            waiting.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException("--wait-for-workers must be between 1 and 86400 seconds", ex);
        }

        await using var services = Services.Create(environment);
        IReadOnlyList<ScanStatusRow> rows;
        IScanDatabase? opened = null;
        try
        {
            // The cluster first, so a bad --cluster is named as such rather than as the store it defaults --db to.
            await using var client = await ClusterScanClient.ConnectAsync(request.Connection, waiting, line => environment.Error.WriteLineAsync(line), environment.Time, ct).ConfigureAwait(false);
            opened = await services.OpenWritableStoreAsync(request.Db, mustExist: false, ct).ConfigureAwait(false);
            var submission = new ScanSubmission(
                [.. list.Providers.Select(ClusterRows.ToWire)],
                ClusterRows.ToSettings(request.Crawler, request.Scan, request.Language, request.Every));
            rows = await client.RunAsync(ClusterScanClient.NewScanId(), submission, new ScanProgressReporter(environment.Error, environment.IsTerminal), ct).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (opened is not null)
            {
                await opened.DisposeAsync().ConfigureAwait(false);
            }

            if (ex is ClusterConnectionException)
            {
                throw new UsageException(ex.Message, ex);
            }

            throw;
        }

        await using var store = opened;

        var result = new ScanResult([.. rows, .. list.Problems.Select(p => new ScanStatusRow($"line {p.Line}", null, ScanStatuses.Failed, p.Message, null, null, null))]);
        await WriteOutputsAsync(store, list, result, request.Scan.OutputDirectory, ct).ConfigureAwait(false);

        var report = await new ReportWriter(store, store, environment.Time).WriteAsync(
            new ReportOptions
            {
                OutputDirectory = request.Scan.OutputDirectory,
                Inputs = ["providers=" + list.SourcePath, "db=" + store.Description, "cluster"],
                GradeRule = request.GradeRule,
            },
            ct).ConfigureAwait(false);
        await environment.Error.WriteLineAsync($"report: {string.Join(", ", report.Files.Select(Path.GetFileName))}").ConfigureAwait(false);
        if (request.Every is { } every)
        {
            await environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"the cluster re-scans every provider every {ScanInterval.Format(every)}; each run adds what changed to the store")).ConfigureAwait(false);
        }

        await ScanCommand.PrintSummaryAsync(environment.Out, result, request.Scan.OutputDirectory).ConfigureAwait(false);
        return result.Complete ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    /// <summary>The files a local scan writes as it goes, written here from the store the workers filled.</summary>
    private static async Task WriteOutputsAsync(IScanStore store, ProvidersList list, ScanResult result, string folder, CancellationToken ct)
    {
        var output = new ScanOutputWriter(folder, FileNames.UniqueSlugs(list.Providers.Select(p => p.Name)));
        foreach (var row in result.Rows.Where(r => r.IsFound && r.Type is not null))
        {
            var versions = await store.GetVersionsAsync(row.Provider, row.Type!.Value, ct).ConfigureAwait(false);
            if (versions.Count > 0 && await store.GetAnalysisAsync(versions[^1].Id, ct).ConfigureAwait(false) is { } json)
            {
                await output.WriteDocumentAsync(row.Provider, row.Type.Value, json, ct).ConfigureAwait(false);
            }
        }

        await output.WriteStatusAsync(result.Rows, ct).ConfigureAwait(false);
    }
}
