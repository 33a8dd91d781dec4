using TosScan.Documents;

namespace TosScan.Readability;

/// <summary>
/// Finds every occurrence of a legal-jargon term in a range of text, as spans, in one pass over its
/// words. A word here is a run of letters and digits that may contain single inner hyphens or
/// apostrophes ("non-exclusive", "party's").
/// </summary>
internal static class JargonFinder
{
    /// <param name="text">The document (or input) text; matching ignores case.</param>
    /// <param name="range">The part of the text to search.</param>
    /// <param name="jargon">The term list.</param>
    /// <param name="hits">Receives the occurrences, in text order.</param>
    public static void Find(string text, TextSpan range, JargonList jargon, List<JargonHit> hits)
    {
        var words = Tokenize(text, range);
        var i = 0;
        while (i < words.Count)
        {
            var matched = Match(text, words, i, jargon, out var entry);
            if (matched == 0)
            {
                i++;
                continue;
            }

            var span = TextSpan.FromBounds(words[i].Start, words[i + matched - 1].End);
            hits.Add(new JargonHit(entry!.Term, span, entry.PlainAlternative));
            i += matched;
        }
    }

    /// <summary>Number of words matched at <paramref name="at"/> by the longest entry, or 0.</summary>
    private static int Match(string text, List<TextSpan> words, int at, JargonList jargon, out JargonEntry? best)
    {
        best = null;
        var first = text.AsSpan(words[at].Start, words[at].Length);
        if (!jargon.MayStartAt(first))
        {
            return 0;
        }

        var bestLength = 0;
        foreach (var entry in jargon.ExactCandidates(first))
        {
            if (entry.Words.Length > bestLength && Matches(entry, text, words, at))
            {
                best = entry;
                bestLength = entry.Words.Length;
            }
        }

        if (bestLength == 0)
        {
            foreach (var entry in jargon.PrefixCandidates(first))
            {
                if (entry.WordMatches(0, first))
                {
                    best = entry;
                    bestLength = 1;
                    break;
                }
            }
        }

        return bestLength;
    }

    private static bool Matches(JargonEntry entry, string text, List<TextSpan> words, int at)
    {
        if (at + entry.Words.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Words.Length; k++)
        {
            var word = words[at + k];
            if (!entry.WordMatches(k, text.AsSpan(word.Start, word.Length)))
            {
                return false;
            }
        }

        return true;
    }

    private static List<TextSpan> Tokenize(string text, TextSpan range)
    {
        var words = new List<TextSpan>();
        var i = range.Start;
        var end = Math.Min(range.End, text.Length);
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            words.Add(TextSpan.FromBounds(start, i));
        }

        return words;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011';
}
