using System.Text.RegularExpressions;

namespace TosScan.Extraction.Pdf;

/// <summary>
/// Drops running headers, footers and page numbers: lines at the top or bottom of a page whose
/// text (digits ignored) recurs on at least half of the pages, and lines that are only a page number.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines at each edge of a page may be furniture.</summary>
    private const int EdgeLines = 2;

    public static IReadOnlyList<PdfLine> Remove(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var edgeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(Key).Distinct(StringComparer.Ordinal))
            {
                edgeCounts[key] = edgeCounts.GetValueOrDefault(key) + 1;
            }
        }

        var minRepeats = Math.Max(2, (pages.Count + 1) / 2);
        var kept = new List<PdfLine>();
        foreach (var page in pages)
        {
            var edges = Edges(page).ToHashSet();
            kept.AddRange(page.Where(line =>
                !PageNumber().IsMatch(line.Text)
                && !(edges.Contains(line) && edgeCounts.GetValueOrDefault(Key(line)) >= minRepeats)));
        }

        return kept;
    }

    private static IEnumerable<PdfLine> Edges(IReadOnlyList<PdfLine> page) =>
        page.Take(EdgeLines).Concat(page.Skip(Math.Max(EdgeLines, page.Count - EdgeLines)));

    private static string Key(PdfLine line) => Digits().Replace(line.Text.Trim(), "#");

    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
