using System.Text;

namespace TosScan.Readability;

/// <summary>
/// textstat 0.7.11's individual functions with their optional arguments (<c>lexicon_count</c>'s
/// splitting options, <c>difficult_words</c>' threshold and uniqueness, Linsear Write's strictness,
/// <c>reading_time</c>'s rate), for comparing figures with published work. The report itself is
/// produced by <see cref="ReadabilityAnalyzer.ScoreText"/>; these reuse the same word rules,
/// syllable counter and word lists.
/// </summary>
internal sealed class TextstatParity
{
    private readonly ReadabilityLexicon _lexicon;
    private readonly SyllableCounter _syllables;

    public TextstatParity(ReadabilityLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? ReadabilityLexicon.Shared;
        _syllables = new SyllableCounter(_lexicon, textstatNumbers: true);
    }

    /// <summary><c>list_words</c>: the words of <paramref name="text"/> under textstat's options.</summary>
    public static List<string> ListWords(
        string text,
        bool removePunctuation = true,
        bool removeApostrophe = false,
        bool lowercase = false,
        bool splitContractions = false,
        bool splitHyphens = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (splitHyphens)
        {
            text = text.Replace('-', ' ');
        }

        if (removePunctuation)
        {
            text = RemovePunctuation(text, removeApostrophe);
        }

        if (lowercase)
        {
            text = text.ToLowerInvariant();
        }

        if (splitContractions)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                builder.Append(text[i] == '\'' && TextstatText.KeepsApostrophe(text, i + 1) ? ' ' : text[i]);
            }

            text = builder.ToString();
        }

        return Split(text);
    }

    /// <summary><c>remove_punctuation</c>: drops everything but <c>\w</c>, white space and (unless told) contraction apostrophes.</summary>
    public static string RemovePunctuation(string text, bool removeApostrophe)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextstatText.IsWordChar(c) || TextstatText.IsSpace(c) || (!removeApostrophe && c == '\'' && TextstatText.KeepsApostrophe(text, i + 1)))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary><c>count_syllables</c>: syllables of every word, CMU dictionary first.</summary>
    public int CountSyllables(string text)
    {
        var total = 0;
        foreach (var word in ListWords(text, lowercase: true))
        {
            total += _syllables.Count(word);
        }

        return total;
    }

    /// <summary><c>count_polysyllable_words</c>.</summary>
    public int CountPolysyllables(string text) => ListWords(text).Count(w => CountSyllables(w) >= 3);

    /// <summary><c>is_difficult_word</c>: not on the Dale-Chall list and at least <paramref name="syllableThreshold"/> syllables.</summary>
    public bool IsDifficultWord(string word, int syllableThreshold)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Split(word).Count != 1)
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return !_lexicon.IsEasyWord(lower) && CountSyllables(lower) >= syllableThreshold;
    }

    /// <summary><c>list_difficult_words</c>.</summary>
    public List<string> ListDifficultWords(string text, int syllableThreshold) =>
        [.. ListWords(text).Where(w => IsDifficultWord(w, syllableThreshold))];

    /// <summary><c>count_difficult_words</c>.</summary>
    public int CountDifficultWords(string text, int syllableThreshold, bool unique)
    {
        var words = ListDifficultWords(text, syllableThreshold);
        return unique ? words.Distinct(StringComparer.Ordinal).Count() : words.Count;
    }

    /// <summary><c>linsear_write_formula</c> with its strictness options.</summary>
    public double LinsearWriteFormula(string text, bool strictLower, bool strictUpper)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Split(text);
        var words = new List<string>();
        var used = 0;
        if (strictUpper && tokens.Count > TallyAccumulator.LinsearWordLimit)
        {
            while (used < tokens.Count && words.Count < TallyAccumulator.LinsearWordLimit)
            {
                var word = RemovePunctuation(tokens[used++], removeApostrophe: false);
                if (word.Length > 0)
                {
                    words.Add(word);
                }
            }
        }
        else
        {
            words = ListWords(text);
            used = tokens.Count;
        }

        if (strictLower && words.Count < TallyAccumulator.LinsearWordLimit)
        {
            return 0.0;
        }

        int easy = 0, hard = 0;
        foreach (var word in words)
        {
            var syllables = CountSyllables(word);
            if (syllables >= 3)
            {
                hard++;
            }
            else if (syllables > 0)
            {
                easy++;
            }
        }

        var sentences = TextstatText.CountSentences(string.Join(' ', tokens.Take(used)));
        return ReadabilityFormulas.LinsearWriteFormula(new LinsearSample(easy, hard, sentences));
    }

    /// <summary><c>reading_time</c>: seconds at <paramref name="msPerCharacter"/> per non-space character.</summary>
    public static double ReadingTimeSeconds(string text, double msPerCharacter = 14.69)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = 0;
        foreach (var c in text)
        {
            if (!TextstatText.IsSpace(c) && !char.IsLowSurrogate(c))
            {
                characters++;
            }
        }

        return msPerCharacter * characters / 1000;
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (TextstatText.IsSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !TextstatText.IsSpace(text[i]))
            {
                i++;
            }

            words.Add(text[start..i]);
        }

        return words;
    }
}
