using System.Text.RegularExpressions;

namespace TosScan.Extraction.PlainText;

/// <summary>What a line of plain text looks like on its own.</summary>
internal static partial class LineShape
{
    /// <summary>Longer lines are prose even without a full stop.</summary>
    private const int MaxHeadingLength = 90;

    private const int MaxHeadingWords = 12;

    /// <summary>True for "-", "*", "•", "(a)", "a)", "1)", "(iv)", "a." and "iv." style list markers.</summary>
    public static bool IsListItem(string line) => ListMarker().IsMatch(line);

    /// <summary>
    /// The heading level a line at the top of a paragraph would have, or 0 when it reads as prose:
    /// numbered titles such as "4.2 Sharing" (level = number depth), ALL CAPS lines (level 1), and
    /// short title-like lines without final punctuation (level 2) that stand alone or are clearly
    /// shorter than the line after them (a wrapped line of prose is about as long as the next).
    /// </summary>
    /// <param name="line">The candidate line.</param>
    /// <param name="nextLine">The line below it in the same paragraph, or null.</param>
    public static int HeadingLevel(string line, string? nextLine)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxHeadingLength || EndsLikeProse(text)
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeadingWords)
        {
            return 0;
        }

        var numbered = NumberedTitle().Match(text);
        if (numbered.Success)
        {
            return Math.Min(6, numbered.Groups["number"].Value.TrimEnd('.').Split('.').Length);
        }

        if (IsAllCaps(text))
        {
            // A run of capitals over several lines is a shouted disclaimer, not a heading.
            return nextLine is null || !IsAllCaps(nextLine.Trim()) ? 1 : 0;
        }

        var shortLine = nextLine is null || text.Length * 5 < nextLine.Trim().Length * 3;
        return shortLine && char.IsUpper(text[0]) ? 2 : 0;
    }

    private static bool EndsLikeProse(string text) => text[^1] is '.' or ',' or ';' or '?' or '!' or ':' && !text.EndsWith("...", StringComparison.Ordinal);

    private static bool IsAllCaps(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var letters = text.Count(char.IsLetter);
        return letters >= 3 && text.Where(char.IsLetter).All(char.IsUpper);
    }

    [GeneratedRegex(@"^\s*(?:[-*•‣◦▪–]\s+|\(?[a-zA-Z]\)\s+|\(?\d{1,3}\)\s+|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)\)\s+|(?:[a-z]|i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)\.\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:(?:section|article|part|chapter|§)\s+)?(?<number>\d{1,2}(?:\.\d{1,2})*\.?)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedTitle();
}
