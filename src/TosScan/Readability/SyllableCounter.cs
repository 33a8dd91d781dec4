using TosScan.Readability.Hyphenation;

namespace TosScan.Readability;

/// <summary>
/// Syllables of one lower-case word: the CMU Pronouncing Dictionary first (number of stressed
/// phones of the first pronunciation, as textstat counts them), then rules for what it lacks:
/// possessives and other apostrophe forms, words glued from dictionary words ("wellbalanced",
/// "singersongwriter"), words joined by underscores or digits, numbers, and finally a vowel-group
/// estimate. In textstat mode with the en_US hyphenation patterns at hand, words the dictionary
/// lacks are counted as textstat counts them instead (Pyphen: breaks + 1). Immutable; safe to share.
/// </summary>
internal sealed class SyllableCounter : ISyllableSource
{
    private const int MinCompoundPart = 3;
    private const int MaxWordLength = 64;

    private readonly ReadabilityLexicon _lexicon;
    private readonly HyphenationPatterns? _hyphenation;

    public SyllableCounter(ReadabilityLexicon lexicon, bool textstatNumbers, HyphenationPatterns? hyphenation = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        TextstatNumbers = textstatNumbers;
        _hyphenation = hyphenation;
    }

    /// <summary>True when words missing from the dictionary are counted by hyphenation patterns (textstat's fallback).</summary>
    public bool UsesHyphenation => _hyphenation is not null;

    /// <summary>
    /// True to count a run of digits as one syllable, as textstat's hyphenation fallback does;
    /// false to count the syllables of the number read aloud ("500" is "five hundred", 3).
    /// </summary>
    public bool TextstatNumbers { get; }

    /// <summary>Syllables of a lower-case word (at least 1 for any non-empty word).</summary>
    public int Count(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        if (_lexicon.TryGetSyllables(word, out var known))
        {
            return known;
        }

        return _hyphenation is null ? Fallback(word) : _hyphenation.CountSyllables(word);
    }

    private int Fallback(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            // Glued text (URLs with punctuation removed, minified junk): not worth a dictionary search.
            return Math.Max(1, VowelGroupEstimate.Count(word));
        }

        if (word.Contains('\''))
        {
            return CountApostropheForm(word);
        }

        if (IsAllDigits(word))
        {
            return TextstatNumbers ? 1 : NumberSyllables.Count(word);
        }

        if (HasSeparators(word))
        {
            return CountParts(word);
        }

        if (word.Length >= 2 * MinCompoundPart && TryCompound(word, out var compound))
        {
            return compound;
        }

        return Math.Max(1, VowelGroupEstimate.Count(word));
    }

    /// <summary>Possessives ("regulator's", "users'") and other apostrophe forms not in the dictionary.</summary>
    private int CountApostropheForm(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s") && word.Length > 2)
        {
            var stem = word[..^2];
            var count = Count(stem);
            // "boss's", "judge's": the possessive adds a syllable after a sibilant.
            return EndsWithSibilant(stem) ? count + 1 : count;
        }

        if (word[^1] == '\'' && word.Length > 1)
        {
            return Count(word[..^1]);
        }

        Span<char> buffer = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '\'')
            {
                buffer[length++] = c;
            }
        }

        return length == 0 ? 1 : Count(buffer[..length]);
    }

    /// <summary>Words joined by underscores or mixing letters and digits: the sum of their parts.</summary>
    private int CountParts(ReadOnlySpan<char> word)
    {
        var total = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (word[i] == '_')
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsAsciiDigit(word[i]);
            while (i < word.Length && word[i] != '_' && char.IsAsciiDigit(word[i]) == digits)
            {
                i++;
            }

            total += Count(word[start..i]);
        }

        return Math.Max(1, total);
    }

    /// <summary>A word made of two dictionary words; the split with the longest first part wins.</summary>
    private bool TryCompound(ReadOnlySpan<char> word, out int syllables)
    {
        for (var split = word.Length - MinCompoundPart; split >= MinCompoundPart; split--)
        {
            if (_lexicon.TryGetSyllables(word[..split], out var head) && _lexicon.TryGetSyllables(word[split..], out var tail))
            {
                syllables = head + tail;
                return true;
            }
        }

        syllables = 0;
        return false;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSeparators(ReadOnlySpan<char> word)
    {
        var letters = false;
        var digits = false;
        foreach (var c in word)
        {
            if (c == '_')
            {
                return true;
            }

            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else
            {
                letters = true;
            }
        }

        return letters && digits;
    }

    private static bool EndsWithSibilant(ReadOnlySpan<char> stem) =>
        stem.EndsWith("s") || stem.EndsWith("x") || stem.EndsWith("z") || stem.EndsWith("ch") || stem.EndsWith("sh") || stem.EndsWith("ce") || stem.EndsWith("ge");
}
