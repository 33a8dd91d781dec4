using System.Globalization;
using TosScan.Scanning;

namespace TosScan.Cli.Rendering;

/// <summary>
/// Shows scan progress on standard error: a redrawn bar on a terminal, one plain line per
/// provider otherwise (logs and CI keep every line).
/// </summary>
internal sealed class ScanProgressReporter(TextWriter error, bool isTerminal) : IProgress<ScanProgress>
{
    private const int BarWidth = 30;
    private readonly Lock _gate = new();

    public void Report(ScanProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (isTerminal)
            {
                var filled = value.Total == 0 ? BarWidth : value.Done * BarWidth / value.Total;
                error.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Done}/{value.Total} {Shorten(value.Provider),-24}"));
                if (value.Done == value.Total)
                {
                    error.WriteLine();
                }
            }
            else
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{value.Done}/{value.Total}] {value.Provider}: {value.Found} found, {value.NotFound} not found"));
            }
        }
    }

    private static string Shorten(string name) => name.Length <= 24 ? name : name[..21] + "...";
}
