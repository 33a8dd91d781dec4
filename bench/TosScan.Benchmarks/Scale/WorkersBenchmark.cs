using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using TosScan.LoopbackWeb;

namespace TosScan.Benchmarks.Scale;

/// <summary>
/// Analysis throughput of a cluster of 1 and of 2 <c>tosscan worker</c> processes on the same
/// documents (by default 1,000 loopback providers, 2,000 documents, no crawl delay), each run on a
/// fresh database of one PostgreSQL server, reported as a ratio measured in one run. On one machine
/// the workers share its cores, so the ratio says what a second process adds there; on several
/// machines each worker brings its own.
/// </summary>
internal static class WorkersBenchmark
{
    public static async Task<int> RunAsync(string cli, string postgres, string work, int providers)
    {
        var rows = new StringBuilder("| workers | documents | wall | documents/s |\n| --- | --- | --- | --- |\n");
        var throughput = new Dictionary<int, double>();
        await using var web = await FictionalProviders.StartAsync(providers, crawlDelaySeconds: 0);
        foreach (var count in new[] { 1, 2 })
        {
            var database = await CreateDatabaseAsync(postgres, $"tosscan_workers_{count}_{Environment.ProcessId}");
            var folder = Path.Combine(work, $"workers-{count}");
            Directory.CreateDirectory(folder);
            var workers = Enumerable.Range(0, count).Select(_ => Start(cli, folder, "worker", "--cluster", database, "--address", "127.0.0.1")).ToList();
            try
            {
                await Task.WhenAll(workers.Select(w => WaitForLineAsync(w, "worker joined the cluster", TimeSpan.FromMinutes(2))));
                var csv = Path.Combine(folder, "providers.csv");
                await File.WriteAllTextAsync(csv, web.ProvidersCsv());
                var clock = Stopwatch.StartNew();
                using var scan = Start(cli, folder, "scan", csv, "--cluster", database, "--out", Path.Combine(folder, "out"), "--allow-private-addresses", "--no-render", "--per-host-delay", "0");
                var error = scan.StandardError.ReadToEndAsync();
                await scan.StandardOutput.ReadToEndAsync();
                await scan.WaitForExitAsync();
                clock.Stop();
                if (scan.ExitCode is not (0 or 1))
                {
                    throw new InvalidOperationException($"scan --cluster exited {scan.ExitCode}: {await error}");
                }

                var found = File.ReadLines(Path.Combine(folder, "out", "scan-status.csv")).Count(l => l.Contains(",found,", StringComparison.Ordinal));
                throughput[count] = found / clock.Elapsed.TotalSeconds;
                rows.Append(CultureInfo.InvariantCulture, $"| {count} | {found} | {clock.Elapsed.TotalSeconds:0.0} s | {throughput[count]:0.00} |\n");
            }
            finally
            {
                foreach (var worker in workers)
                {
                    worker.Kill(entireProcessTree: true);
                    worker.Dispose();
                }
            }
        }

        rows.Append(CultureInfo.InvariantCulture, $"\nthroughput, 2 workers / 1 worker: {throughput[2] / throughput[1]:0.00}x on {Environment.ProcessorCount} cores\n");
        Console.Write(rows);
        return 0;
    }

    private static async Task<string> CreateDatabaseAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}";
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static Process Start(string cli, string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static async Task WaitForLineAsync(Process process, string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await process.StandardError.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                // Keep draining, so a chatty worker never blocks on a full pipe.
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException($"a worker ended before saying '{text}'");
    }
}
