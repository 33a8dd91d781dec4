using System.Globalization;
using TosScan.Documents;

namespace TosScan.Readability;

/// <summary>
/// textstat 0.7.11's text rules as loops over characters (no regular expressions):
/// <list type="bullet">
/// <item>a word is what <c>str.split()</c> yields after punctuation is removed: characters other than
/// Python's <c>\w</c>, white space and contraction apostrophes are deleted in place, so
/// "singer-songwriter" becomes the single word "singersongwriter";</item>
/// <item>an apostrophe survives only before <c>t</c>, <c>s</c>, <c>d</c>, <c>ve</c>, <c>ll</c> or <c>re</c>;</item>
/// <item>a sentence is a match of <c>\b[^.!?]+[.!?]*</c>, and matches of two words or fewer are not counted.</item>
/// </list>
/// </summary>
internal static class TextstatText
{
    /// <summary>Python's <c>\w</c> for one UTF-16 unit: letters, digits, other numbers and the underscore.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Python's <c>str.isspace()</c>: .NET white space plus the information separators U+001C-U+001F.</summary>
    public static bool IsSpace(char c) => c == ' ' || (c < 128 ? (uint)(c - '\t') <= '\r' - '\t' || (uint)(c - '\x1c') <= 3 : char.IsWhiteSpace(c));

    public static bool IsTerminator(char c) => c is '.' or '!' or '?';

    /// <summary>True when the apostrophe before <paramref name="next"/> starts a contraction ending ('t, 's, 'd, 've, 'll, 're).</summary>
    public static bool KeepsApostrophe(ReadOnlySpan<char> text, int next)
    {
        if (next >= text.Length)
        {
            return false;
        }

        var c = text[next];
        if (c is 't' or 's' or 'd')
        {
            return true;
        }

        if (next + 1 >= text.Length)
        {
            return false;
        }

        var d = text[next + 1];
        return (c == 'v' && d == 'e') || (c == 'l' && d == 'l') || (c == 'r' && d == 'e');
    }

    /// <summary>
    /// Counts words the way <c>count_words</c> does, stopping once <paramref name="limit"/> is reached
    /// (the sentence rule only needs to know whether there are more than two).
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                inWord = false;
            }
            else if (!inWord && (IsWordChar(c) || (c == '\'' && KeepsApostrophe(text, i + 1))))
            {
                inWord = true;
                if (++count >= limit)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// textstat's <c>count_sentences</c>: matches of <c>\b[^.!?]+[.!?]*</c>, less those of two words
    /// or fewer, and at least 1 for any non-empty text. The spans of the counted sentences are added to
    /// <paramref name="sentences"/> (offset by <paramref name="offset"/>) when it is not null.
    /// </summary>
    public static int CountSentences(ReadOnlySpan<char> text, List<TextSpan>? sentences = null, int offset = 0)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var matches = 0;
        var ignored = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsTerminator(text[i]) || !IsBoundary(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !IsTerminator(text[i]))
            {
                i++;
            }

            while (i < text.Length && IsTerminator(text[i]))
            {
                i++;
            }

            matches++;
            if (CountWords(text[start..i], 3) <= 2)
            {
                ignored++;
            }
            else
            {
                sentences?.Add(new TextSpan(start + offset, i - start));
            }
        }

        return Math.Max(1, matches - ignored);
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int at)
    {
        var before = at > 0 && IsWordChar(text[at - 1]);
        var after = at < text.Length && IsWordChar(text[at]);
        return before != after;
    }
}
