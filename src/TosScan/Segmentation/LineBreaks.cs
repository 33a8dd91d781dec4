using System.Text.RegularExpressions;

namespace TosScan.Segmentation;

/// <summary>Decides whether a line break inside a block separates two clauses.</summary>
internal static partial class LineBreaks
{
    /// <param name="text">The document text.</param>
    /// <param name="clauseStart">Where the current clause starts.</param>
    /// <param name="lineBreak">The position of the '\n'.</param>
    /// <param name="nextLine">The first non-space character after the break.</param>
    public static bool IsBoundary(string text, int clauseStart, int lineBreak, int nextLine)
    {
        if (ListMarker().IsMatch(text.AsSpan(nextLine, Math.Min(8, text.Length - nextLine))))
        {
            return true;
        }

        var last = lineBreak - 1;
        while (last > clauseStart && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        var next = text[nextLine];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '(' or '['))
        {
            return false;
        }

        if (text[last] is ',' or ';' or '(' or '-' or '–' or '&' or '/')
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', last) + 1;
        return !RunOnEnding().IsMatch(text.AsSpan(Math.Max(lineStart, clauseStart), last - Math.Max(lineStart, clauseStart) + 1));
    }

    [GeneratedRegex(@"^(?:[-*•‣◦▪]\s|\(?[a-zA-Z0-9]{1,3}\)\s|\d{1,2}\.\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // A line ending like this continues on the next line even if that line starts with a capital.
    [GeneratedRegex(@"\b(?:and|or|of|the|to|a|an|in|for|with|by|from|including|such as|under|on|at|our|your|their|its|is|are|be)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunOnEnding();
}
