using System.Globalization;
using System.Text.RegularExpressions;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// The interval of <c>--every</c>: a whole number and a unit, m (minutes), h (hours), d (days) or
/// w (weeks), as people write schedules ("7d", "12h"). From one minute to 365 days: shorter would
/// hammer providers, longer is a calendar job.
/// </summary>
internal static partial class ScanInterval
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(365);

    public static TimeSpan Parse(string text, string option)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new UsageException($"{option} '{text}' is not an interval; write a whole number and a unit, e.g. 30m, 12h, 7d or 2w");
        }

        var interval = match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(Math.Min(count, 1_000_000)),
            "h" => TimeSpan.FromHours(Math.Min(count, 100_000)),
            "d" => TimeSpan.FromDays(Math.Min(count, 10_000)),
            _ => TimeSpan.FromDays(7 * Math.Min(count, 1_000)),
        };
        return interval < Minimum || interval > Maximum
            ? throw new UsageException($"{option} {text} is out of range; give from 1m to 365d")
            : interval;
    }

    /// <summary>The interval as it would be written: the largest unit that divides it.</summary>
    public static string Format(TimeSpan interval) =>
        interval.TotalDays % 7 == 0 ? $"{interval.TotalDays / 7:0}w"
        : interval.TotalDays % 1 == 0 ? $"{interval.TotalDays:0}d"
        : interval.TotalHours % 1 == 0 ? $"{interval.TotalHours:0}h"
        : $"{interval.TotalMinutes:0}m";

    [GeneratedRegex(@"^\s*(\d{1,9})\s*([mhdw])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
