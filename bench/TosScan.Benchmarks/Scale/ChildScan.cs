using System.Diagnostics;
using System.Globalization;

namespace TosScan.Benchmarks.Scale;

/// <summary>What one `tosscan scan` child process took.</summary>
internal sealed record ChildScanResult(double WallSeconds, long PeakRssBytes, long StoreBytes, long OutputBytes, int ExitCode, string StatusCsv);

/// <summary>
/// Runs `tosscan scan` as its own process, so its peak memory is the scan's alone (the loopback web
/// runs in the benchmark's process). Peak RSS comes from GNU time's maximum resident set size.
/// </summary>
internal static class ChildScan
{
    public static async Task<ChildScanResult> RunAsync(string cliDll, string folder, string providersCsv, IEnumerable<string> extraArgs, string? db = null)
    {
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "providers.csv");
        await File.WriteAllTextAsync(csv, providersCsv);
        db ??= Path.Combine(folder, "tosscan.db");
        var output = Path.Combine(folder, "out");
        var timeFile = Path.Combine(folder, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-f", "%e %M", "-o", timeFile, "dotnet", cliDll, "scan", csv, "--db", db, "--out", output, "--allow-private-addresses", "--no-render" }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time (install Debian's `time` package)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"tosscan scan exited {process.ExitCode}: {(await stderr).Trim()}");
        }

        var timing = (await File.ReadAllTextAsync(timeFile)).Trim().Split('\n')[^1].Split(' ');
        var wall = double.Parse(timing[0], CultureInfo.InvariantCulture);
        var rssKb = long.Parse(timing[1], CultureInfo.InvariantCulture);
        return new ChildScanResult(wall, rssKb * 1024, StoreBytes(db), FolderBytes(output), process.ExitCode, await File.ReadAllTextAsync(Path.Combine(output, "scan-status.csv")));
    }

    /// <summary>The SQLite file and its write-ahead log, as they stand after the scan.</summary>
    private static long StoreBytes(string db) =>
        new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
