namespace TosScan.Readability.Hyphenation;

/// <summary>Syllables from hyphenation patterns alone, as textstat counts them for every language but English.</summary>
internal sealed class HyphenationSyllables(HyphenationPatterns patterns) : ISyllableSource
{
    public int Count(ReadOnlySpan<char> word) => patterns.CountSyllables(word);
}
