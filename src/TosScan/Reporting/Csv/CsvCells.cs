namespace TosScan.Reporting.Csv;

/// <summary>
/// Writes CSV cells that are safe to open in a spreadsheet. Text from crawled pages may start
/// with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, which spreadsheets run as a formula; such a cell
/// gets a leading apostrophe (OWASP's advice for CSV injection) and is always quoted.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var guarded = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        var needsQuotes = guarded.AsSpan().IndexOfAny(",\"\r\n'") >= 0 || guarded != value;
        return needsQuotes ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : guarded;
    }

    /// <summary>One CSV line (without the line break).</summary>
    public static string Line(params IEnumerable<string?> cells) => string.Join(',', cells.Select(Escape));
}
