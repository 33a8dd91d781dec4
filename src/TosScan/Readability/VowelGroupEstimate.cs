namespace TosScan.Readability;

/// <summary>
/// The last-resort syllable estimate for a word no dictionary knows: groups of vowel letters, less
/// a silent final "e" and the silent "e" of "-es"/"-ed" endings, plus the vowel pairs that are
/// usually two syllables ("ia", "io" outside "-tion"/"-sion", "eo", "ua").
/// </summary>
internal static class VowelGroupEstimate
{
    public static int Count(ReadOnlySpan<char> word)
    {
        var groups = 0;
        var previousVowel = false;
        for (var i = 0; i < word.Length; i++)
        {
            var vowel = IsVowel(word, i);
            if (vowel && !previousVowel)
            {
                groups++;
            }
            else if (vowel && previousVowel && SplitsPair(word, i))
            {
                groups++;
            }

            previousVowel = vowel;
        }

        if (groups > 1 && SilentEnding(word))
        {
            groups--;
        }

        return groups;
    }

    private static bool IsVowel(ReadOnlySpan<char> word, int i)
    {
        var c = word[i];
        return c switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => true,
            // "y" is a vowel except at the start of a word or before a vowel ("yes", "beyond").
            'y' => i > 0 && !(i + 1 < word.Length && word[i + 1] is 'a' or 'e' or 'i' or 'o' or 'u'),
            'à' or 'á' or 'â' or 'ä' or 'è' or 'é' or 'ê' or 'ë' or 'ì' or 'í' or 'î' or 'ï' or 'ò' or 'ó' or 'ô' or 'ö' or 'ù' or 'ú' or 'û' or 'ü' => true,
            _ => false,
        };
    }

    /// <summary>Vowel pairs that are usually pronounced as two syllables.</summary>
    private static bool SplitsPair(ReadOnlySpan<char> word, int i)
    {
        var first = word[i - 1];
        var second = word[i];
        if (first == 'i' && second == 'o')
        {
            // "-tion", "-sion", "-cious" keep "io" in one syllable.
            return i < 2 || word[i - 2] is not ('t' or 's' or 'c' or 'x' or 'g');
        }

        return (first == 'i' && second == 'a' && (i < 2 || word[i - 2] is not ('c' or 't')))
            || (first == 'e' && second == 'o')
            || (first == 'u' && second == 'a')
            || (first == 'e' && second == 'a' && i + 1 == word.Length);
    }

    private static bool SilentEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var last = word[^1];
        var beforeLast = word[^2];
        if (last == 'e')
        {
            // "-le" after a consonant is voiced ("table"); "-ee" and "-ye" are not silent.
            return !(beforeLast == 'l' && !IsPlainVowel(word[^3])) && beforeLast is not ('e' or 'y' or 'i' or 'o' or 'a' or 'u');
        }

        if (beforeLast == 'e' && last == 'd')
        {
            // "-ted" and "-ded" are syllables; "-ed" after other consonants is not ("looked").
            return word[^3] is not ('t' or 'd') && !IsPlainVowel(word[^3]);
        }

        if (beforeLast == 'e' && last == 's')
        {
            // "-es" after a sibilant is a syllable ("boxes", "pages"); after most others it is not.
            var c = word[^3];
            return c is not ('s' or 'x' or 'z' or 'c' or 'g' or 'h') && !IsPlainVowel(c);
        }

        return false;
    }

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
