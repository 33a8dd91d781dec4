using TosScan.Documents;

namespace TosScan.Classification;

/// <summary>
/// A simple sentence splitter for paragraphs handed to the classifier whole (evaluation rows,
/// <c>classify</c> input, benchmark documents): breaks after . ! ? followed by space and a capital,
/// digit, quote or bullet, and at line breaks; skips common abbreviations (e.g., i.e., Inc., U.S.).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly string[] Abbreviations =
    [
        "e.g", "i.e", "inc", "ltd", "co", "corp", "no", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "u.s", "u.k", "e.u", "approx", "incl", "art", "sec", "para", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "cf", "viz", "al",
    ];

    public static List<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, spans);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && IsBoundary(text, i))
            {
                Add(text, start, i + 1, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or ')' or '\u201D' or '\u2019')
        {
            j++;
        }

        if (j >= text.Length || !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < text.Length && text[j] is ' ' or '\t' or '\u00A0')
        {
            j++;
        }

        if (j >= text.Length)
        {
            return true;
        }

        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '(' or '-' or '*' or '\u2022' or '\n' or '\r'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation or a single letter ("A. Smith") is no boundary.
        var w = i - 1;
        while (w >= 0 && (char.IsLetter(text[w]) || text[w] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w + 1, i - w - 1);
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }
}
