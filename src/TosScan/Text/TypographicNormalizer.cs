namespace TosScan.Text;

/// <summary>
/// Folds typography that changes no meaning into the plain forms the classifier's rules and
/// vocabulary were written in: curly apostrophes and quotes, hyphen and dash variants, non-breaking
/// and other wide spaces, and the invisible characters (zero-width spaces and joiners, word joiners,
/// byte-order marks, soft hyphens) that break a word in two, and note marks glued to a word
/// ("Partners[2]"). Real documents write "don’t" with U+2019 far more often than with an ASCII
/// apostrophe, and a negation rule that only knows the ASCII form reads "we don’t sell your data"
/// as a sale.
/// Every character of the result maps back to the original, so spans found in the folded text can
/// still point at the exact words of the original.
/// </summary>
public static class TypographicNormalizer
{
    /// <summary>
    /// The folded text and, when anything changed, for each of its characters (and one past its end)
    /// the index in the original text.
    /// </summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToFold(text);
        if (first < 0)
        {
            return new NormalizedText(text, null);
        }

        var chars = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        chars.Append(text, 0, first);
        for (var i = 0; i < first; i++)
        {
            map.Add(i);
        }

        for (var i = first; i < text.Length; i++)
        {
            var folded = Fold(text, i);
            if (folded is { } c)
            {
                chars.Append(c);
                map.Add(i);
            }
        }

        map.Add(text.Length);
        return new NormalizedText(chars.ToString(), [.. map]);
    }

    private static int FirstToFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text, i) != text[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The plain form of the character at <paramref name="i"/>, or null to drop it.</summary>
    private static char? Fold(string text, int i) => text[i] switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u02BC' or '\u2032' or '\u00B4' or '\uFF07' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\uFF02' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        // A dash between digits is a range ("13–17"); elsewhere it sets off a phrase, like a comma,
        // which also ends a negation's scope as a comma does.
        '\u2013' or '\u2014' or '\u2015' => IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1) ? '-' : ',',
        '\u00A0' or '\u2007' or '\u202F' or '\u3000' or (>= '\u2000' and <= '\u200A') or '\u205F' => ' ',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => null,
        '[' or ']' or (>= '0' and <= '9') when InFootnoteMark(text, i) => null,
        var c => c,
    };

    /// <summary>
    /// Whether <paramref name="i"/> lies in a note mark glued to a word: Meta's policies link
    /// "Partners[2] also share information like your email address, cookies[20] ... with us", and the
    /// mark stands between the subject and its verb, where a rule looks for "partners share".
    /// </summary>
    private static bool InFootnoteMark(string text, int i)
    {
        var open = i;
        while (open >= 0 && open > i - 5 && text[open] != '[')
        {
            open--;
        }

        if (open < 1 || open <= i - 5 || !char.IsLetter(text[open - 1]))
        {
            return false;
        }

        var close = open + 1;
        while (close < text.Length && close <= open + 4 && char.IsDigit(text[close]))
        {
            close++;
        }

        // A mark runs into the next word only by accident ("a[1]b"); dropping it there would join two words.
        return close > open + 1 && close <= open + 4 && close < text.Length && text[close] == ']' && i <= close
            && (close + 1 == text.Length || !char.IsLetterOrDigit(text[close + 1]));
    }

    private static bool IsDigitAt(string text, int i) => i >= 0 && i < text.Length && char.IsDigit(text[i]);
}

/// <summary>
/// A folded text and its map back to the original: <c>Map[i]</c> is the original index of character
/// <c>i</c>, and <c>Map[Text.Length]</c> the original length. Null when the text needed no folding.
/// </summary>
public sealed record NormalizedText(string Text, int[]? Map)
{
    /// <summary>The original offset of a start offset in the folded text.</summary>
    public int OriginalStart(int start) => Map is null ? start : Map[start];

    /// <summary>The original offset of an exclusive end offset in the folded text (just after its last character).</summary>
    public int OriginalEnd(int end) => Map is null ? end : end == 0 ? Map[0] : Map[end - 1] + 1;
}
