using UglyToad.PdfPig.Content;

namespace TosScan.Extraction.Pdf;

/// <summary>
/// Groups a page's words into lines: words whose baselines are within a fraction of the font size
/// share a line, lines run top to bottom and words left to right. Single-column reading order only.
/// </summary>
internal static class PdfLineReader
{
    /// <summary>Baselines closer than this share of the font size belong to the same line.</summary>
    private const double SameLineTolerance = 0.4;

    public static IReadOnlyList<PdfLine> Read(Page page, int pageIndex)
    {
        var words = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .OrderByDescending(Baseline)
            .ToList();

        var lines = new List<PdfLine>();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(Baseline(current[0]) - Baseline(word)) > SameLineTolerance * Size(current[0]))
            {
                lines.Add(ToLine(current, pageIndex));
                current.Clear();
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(ToLine(current, pageIndex));
        }

        return lines;
    }

    private static PdfLine ToLine(List<Word> words, int pageIndex)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var letters = ordered.SelectMany(w => w.Letters).ToList();
        var size = letters.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;
        var bold = letters.Count(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true) * 2 > letters.Count;
        return new PdfLine(pageIndex, string.Join(' ', ordered.Select(w => w.Text)), Baseline(ordered[0]), size, bold);
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Size(Word word) => Math.Max(1, word.Letters[0].PointSize);
}
