using System.Text.RegularExpressions;
using TosScan.Documents;

namespace TosScan.Segmentation;

/// <summary>
/// Cuts the text of one block into sentences. It runs inside a block only, so structure (headings,
/// list items) never glues to prose. A full stop ends a sentence only when whitespace and a word
/// that is not lower case follow, and the word before it is not an abbreviation, an initial or a
/// bare clause number; this keeps URLs, e-mail addresses, decimals and "4.2" intact.
/// Immutable and safe to share.
/// </summary>
internal sealed partial class SentenceSplitter
{
    private const string Closers = "\"'”’»)]}";
    private readonly SentenceSplitterOptions _options;
    private readonly HashSet<string> _neverFinal;

    public SentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _neverFinal = new HashSet<string>(Abbreviations.NeverFinal, StringComparer.Ordinal);
        foreach (var extra in options.ExtraAbbreviations)
        {
            _neverFinal.Add(extra.ToLowerInvariant());
        }
    }

    /// <summary>The sentences of <paramref name="range"/> in <paramref name="text"/>, trimmed, in order.</summary>
    public IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        var sentences = new List<TextSpan>();
        var start = range.Start;
        var end = range.End;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\n' && _options.SplitAtLineBreaks && i > start)
            {
                var lineStart = i + 1;
                while (lineStart < end && char.IsWhiteSpace(text[lineStart]))
                {
                    lineStart++;
                }

                if (lineStart < end && LineBreaks.IsBoundary(text, start, i, lineStart))
                {
                    AddTrimmed(text, start, i, sentences);
                    start = lineStart;
                    i = lineStart - 1;
                }

                continue;
            }

            if (!IsTerminator(text[i]))
            {
                continue;
            }

            var after = i + 1;
            while (after < end && IsTerminator(text[after]) && text[after] != ';')
            {
                after++;
            }

            while (after < end && Closers.Contains(text[after], StringComparison.Ordinal))
            {
                after++;
            }

            if (after >= end || !char.IsWhiteSpace(text[after]))
            {
                i = after - 1;
                continue;
            }

            var next = after;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && IsBoundary(text, start, i, after, next))
            {
                AddTrimmed(text, start, after, sentences);
                start = next;
                i = next - 1;
            }
            else
            {
                // Rescan the whitespace: a line break after "St." can still end the line.
                i = after - 1;
            }
        }

        AddTrimmed(text, start, end, sentences);
        return CutLongSentences(text, sentences);
    }

    private bool IsTerminator(char c) => c is '.' or '?' or '!' or '…' || (c == ';' && _options.SplitOnSemicolons);

    private bool IsBoundary(string text, int sentenceStart, int terminator, int after, int next)
    {
        var mark = text[terminator];
        if (mark == ';')
        {
            return true;
        }

        var nextChar = text[next];
        if (char.IsLower(nextChar))
        {
            return false; // "e.g. your name", "Yahoo! is", "wait... and"
        }

        // Only a single full stop can belong to an abbreviation; "?", "!" and "..." end here.
        if (mark != '.' || IsTerminator(text[terminator + 1]))
        {
            return true;
        }

        // "EU-U.S." and "and/or Inc." are judged by their last part.
        var word = WordBefore(text, sentenceStart, terminator);
        word = word[(word.LastIndexOfAny(['-', '/', '–']) + 1)..];
        var key = word.ToLowerInvariant() + ".";
        var nextWord = WordAt(text, next);
        if (IsBareEnumerator(text.AsSpan(sentenceStart, terminator - sentenceStart)))
        {
            return false; // "1. Who your contract is with", "4.2. Sharing"
        }

        if (_neverFinal.Contains(key))
        {
            return false;
        }

        if (Abbreviations.BeforeNumber.Contains(key))
        {
            return !char.IsDigit(nextChar);
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDottedAcronym = DottedAcronym().IsMatch(word);
        if (isInitial || isDottedAcronym || Abbreviations.MayBeFinal.Contains(key))
        {
            return Abbreviations.SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    /// <summary>The token before a full stop, without opening brackets or quotes.</summary>
    private static string WordBefore(string text, int sentenceStart, int terminator)
    {
        var begin = terminator;
        while (begin > sentenceStart && !char.IsWhiteSpace(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..terminator].TrimStart('(', '[', '"', '\'', '“', '‘', '«');
    }

    private static string WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool IsBareEnumerator(ReadOnlySpan<char> sentenceSoFar) => Enumerator().IsMatch(sentenceSoFar.Trim());

    /// <summary>
    /// Cuts over-long sentences at line breaks that start a capitalised line after a line that does
    /// not end in a joining character: such text was glued from separate lines in the source.
    /// </summary>
    private List<TextSpan> CutLongSentences(string text, List<TextSpan> sentences)
    {
        if (sentences.TrueForAll(s => s.Length <= _options.MaxSentenceLength))
        {
            return sentences;
        }

        var result = new List<TextSpan>(sentences.Count + 4);
        foreach (var sentence in sentences)
        {
            if (sentence.Length <= _options.MaxSentenceLength)
            {
                result.Add(sentence);
                continue;
            }

            var start = sentence.Start;
            for (var i = sentence.Start + 1; i < sentence.End - 1; i++)
            {
                if (text[i] == '\n' && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1])) && text[i - 1] is not (',' or ';' or ':' or '-' or '(' or '&'))
                {
                    AddTrimmed(text, start, i, result);
                    start = i + 1;
                }
            }

            AddTrimmed(text, start, sentence.End, result);
        }

        return result;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> output)
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
            output.Add(TextSpan.FromBounds(start, end));
        }
    }

    // Single capitals with periods: "U.S", "E.U", "U.S.A" (the final period is the terminator).
    [GeneratedRegex(@"^(?:\p{L}\.)+\p{L}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAcronym();

    // A clause number on its own: "1", "4.2", "(a)", "iv", "Section 4.2", "Article 6", "§ 3".
    [GeneratedRegex(@"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})\)?|(?:section|article|clause|part|chapter|schedule|annex|appendix|§)\s*[\w.]{1,12})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Enumerator();
}
