namespace TosScan.Readability;

/// <summary>Syllables of one lower-case word, by whatever rules a language and mode use.</summary>
internal interface ISyllableSource
{
    /// <summary>Syllables of a lower-case word (at least 1 for any non-empty word).</summary>
    int Count(ReadOnlySpan<char> word);
}
