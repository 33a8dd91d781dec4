namespace TosScan.Diffing;

/// <summary>The distinct word tokens of a clause as sorted ids, for fast set similarity.</summary>
internal static class TokenSet
{
    /// <summary>
    /// Tokens are runs of letters or digits of already normalised (lower-cased) text; punctuation
    /// and numbering differences alone therefore do not make clauses dissimilar.
    /// </summary>
    public static int[] Of(string normalised, Dictionary<string, int> vocabulary)
    {
        var ids = new SortedSet<int>();
        var start = -1;
        for (var i = 0; i <= normalised.Length; i++)
        {
            var isWordChar = i < normalised.Length && char.IsLetterOrDigit(normalised[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var token = normalised[start..i];
                if (!vocabulary.TryGetValue(token, out var id))
                {
                    vocabulary[token] = id = vocabulary.Count;
                }

                ids.Add(id);
                start = -1;
            }
        }

        return [.. ids];
    }

    /// <summary>|A ∩ B| / |A ∪ B| of two sorted id arrays; 1 when both are empty.</summary>
    public static double Jaccard(int[] a, int[] b) => Text.SortedIdSets.Jaccard(a, b);
}
