namespace TosScan.Readability;

/// <summary>
/// The raw counts every formula is computed from, for one sentence unit or a sum of them.
/// </summary>
/// <param name="Words">textstat's <c>count_words</c>: words after punctuation removal.</param>
/// <param name="RawTokens">Whitespace-separated tokens before punctuation removal (ARI's word count).</param>
/// <param name="Sentences">Sentence units.</param>
/// <param name="Syllables">Syllables of all words.</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="Letters">Python <c>\w</c> characters (textstat's <c>count_letters</c>).</param>
/// <param name="Characters">Non-white-space characters (textstat's <c>count_chars</c>).</param>
/// <param name="UnfamiliarWords">Words not on the Dale-Chall list, any length (Dale-Chall's difficult words).</param>
/// <param name="HardWords">Words not on the Dale-Chall list with three or more syllables (Gunning Fog's complex words).</param>
/// <param name="Monosyllables">Words of fewer than two syllables (the Wiener Sachtextformel's ES).</param>
/// <param name="LongWords">Words of more than <see cref="LongWordLetters"/> characters (the Wiener Sachtextformel's IW).</param>
internal readonly record struct TallyCounts(
    int Words,
    int RawTokens,
    int Sentences,
    int Syllables,
    int Polysyllables,
    int Letters,
    int Characters,
    int UnfamiliarWords,
    int HardWords,
    int Monosyllables = 0,
    int LongWords = 0)
{
    /// <summary>A "long word" has more than six characters (Bamberger and Vanecek's IW, as textstat counts it).</summary>
    public const int LongWordLetters = 6;

    public static TallyCounts operator +(TallyCounts a, TallyCounts b) => new(
        a.Words + b.Words,
        a.RawTokens + b.RawTokens,
        a.Sentences + b.Sentences,
        a.Syllables + b.Syllables,
        a.Polysyllables + b.Polysyllables,
        a.Letters + b.Letters,
        a.Characters + b.Characters,
        a.UnfamiliarWords + b.UnfamiliarWords,
        a.HardWords + b.HardWords,
        a.Monosyllables + b.Monosyllables,
        a.LongWords + b.LongWords);

    public TallyCounts Add(TallyCounts other) => this + other;
}

/// <summary>The Linsear Write inputs: the first 100 words, split by syllables, and the sentences they span.</summary>
internal readonly record struct LinsearSample(int EasyWords, int HardWords, int Sentences);
