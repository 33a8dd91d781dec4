using System.Buffers;

namespace TosScan.Readability;

/// <summary>
/// One pass over a piece of text with textstat's word rules (see <see cref="TextstatText"/>): counts
/// words, raw tokens, letters, characters and syllables, and hands every word to the accumulators.
/// Holds a reusable buffer, so one scanner serves one analysis at a time (not thread-safe).
/// </summary>
internal sealed class WordScanner : IDisposable
{
    private readonly ReadabilityLexicon _lexicon;
    private readonly ISyllableSource _syllables;
    private char[] _word = ArrayPool<char>.Shared.Rent(256);
    private char[] _lower = ArrayPool<char>.Shared.Rent(256);

    public WordScanner(ReadabilityLexicon lexicon, ISyllableSource syllables, bool skipAddresses)
    {
        _lexicon = lexicon;
        _syllables = syllables;
        SkipAddresses = skipAddresses;
    }

    /// <summary>
    /// True to leave out tokens that are web or e-mail addresses (structured mode): textstat glues
    /// "https://www.example.com/terms" into one 20-syllable word, which nobody reads aloud.
    /// </summary>
    public bool SkipAddresses { get; }

    /// <summary>Where the word numbered <see cref="TallyAccumulator.LinsearWordLimit"/> started in the last scan, or -1.</summary>
    public int LinsearCutWordStart { get; private set; } = -1;

    /// <summary>
    /// Scans <paramref name="text"/> and adds every word to <paramref name="primary"/> and, when given,
    /// <paramref name="secondary"/>. Returns the counts of this text (Sentences is left 0).
    /// </summary>
    public TallyCounts Scan(ReadOnlySpan<char> text, TallyAccumulator? primary, TallyAccumulator? secondary)
    {
        int words = 0, rawTokens = 0, syllables = 0, polysyllables = 0, monosyllables = 0, longWords = 0, letters = 0, characters = 0, unfamiliar = 0, hard = 0;
        var length = 0;
        var inToken = false;
        var wordStart = -1;
        LinsearCutWordStart = -1;

        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? ' ' : text[i];
            if (TextstatText.IsSpace(c))
            {
                if (length > 0)
                {
                    AddWord(length, wordStart);
                    length = 0;
                }

                inToken = false;
                continue;
            }

            if (!inToken)
            {
                if (SkipAddresses)
                {
                    var end = i;
                    while (end < text.Length && !TextstatText.IsSpace(text[end]))
                    {
                        end++;
                    }

                    if (AddressToken.IsAddress(text[i..end]))
                    {
                        i = end - 1;
                        continue;
                    }
                }

                inToken = true;
                rawTokens++;
            }

            if (!char.IsLowSurrogate(c))
            {
                characters++;
            }

            if (TextstatText.IsWordChar(c))
            {
                letters++;
                Append(ref length, c, i, ref wordStart);
            }
            else if (c == '\'' && TextstatText.KeepsApostrophe(text, i + 1))
            {
                Append(ref length, c, i, ref wordStart);
            }
        }

        return new TallyCounts(words, rawTokens, 0, syllables, polysyllables, letters, characters, unfamiliar, hard, monosyllables, longWords);

        void AddWord(int wordLength, int start)
        {
            var word = _word.AsSpan(0, wordLength);
            var lower = _lower.AsSpan(0, wordLength);
            for (var k = 0; k < wordLength; k++)
            {
                lower[k] = char.ToLowerInvariant(word[k]);
            }

            var count = _syllables.Count(lower);
            var familiar = _lexicon.IsEasyWord(lower);
            words++;
            syllables += count;
            if (count >= 3)
            {
                polysyllables++;
            }
            else if (count == 1)
            {
                monosyllables++;
            }

            if (wordLength - word.Count('\'') > TallyCounts.LongWordLetters)
            {
                longWords++;
            }

            if (!familiar)
            {
                unfamiliar++;
                if (count >= 3)
                {
                    hard++;
                }
            }

            if (primary?.LinsearWords == TallyAccumulator.LinsearWordLimit - 1)
            {
                LinsearCutWordStart = start;
            }

            primary?.AddWord(word, count, familiar);
            secondary?.AddWord(word, count, familiar);
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_word);
        ArrayPool<char>.Shared.Return(_lower);
        _word = [];
        _lower = [];
    }

    private void Append(ref int length, char c, int at, ref int wordStart)
    {
        if (length == 0)
        {
            wordStart = at;
        }

        if (length == _word.Length)
        {
            Grow(ref _word, length);
            Grow(ref _lower, length);
        }

        _word[length++] = c;
    }

    private static void Grow(ref char[] buffer, int used)
    {
        var bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }
}
