using System.Globalization;

namespace TosScan.Text;

/// <summary>"1 provider", "2 providers": counts in messages read as English, never "1 providers".</summary>
internal static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
