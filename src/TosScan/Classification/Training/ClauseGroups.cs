using TosScan.Classification.Features;

namespace TosScan.Classification.Training;

/// <summary>
/// Puts near-identical training clauses into one group so that cross-validation keeps them in the
/// same fold. Much of the corpus is composed by <c>corpus/clauses/tools/generate.py</c> from shared
/// fragments and slot fillers; when two such siblings sit in different folds, the held-out one is
/// scored by a model that has already seen nearly all its words, so cross-validation rewarded
/// memorising templates and chose regularisation and thresholds that did not carry over to real
/// text. The generator does not record a template per clause, so the family is recovered from the
/// text: two clauses are linked when the Jaccard similarity of their content-stem bigrams
/// (function words and numbers left out, so brand slots and periods matter little) reaches
/// <c>minSimilarity</c>, and a group is a connected component of those links. Deterministic: the
/// key of a group is its ordinally smallest clause id, whatever the file order.
/// </summary>
internal static class ClauseGroups
{
    /// <summary>One group key per clause, in the order of <paramref name="clauses"/>.</summary>
    public static string[] Of(IReadOnlyList<LabelledClause> clauses, double minSimilarity)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new int[clauses.Count][];
        for (var i = 0; i < clauses.Count; i++)
        {
            sets[i] = Shingles(clauses[i].Text, ids);
        }

        var parent = Enumerable.Range(0, clauses.Count).ToArray();
        for (var i = 0; i < sets.Length; i++)
        {
            for (var j = i + 1; j < sets.Length; j++)
            {
                if (Jaccard(sets[i], sets[j]) >= minSimilarity)
                {
                    Union(parent, i, j);
                }
            }
        }

        var keys = new Dictionary<int, string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var root = Find(parent, i);
            if (!keys.TryGetValue(root, out var key) || string.CompareOrdinal(clauses[i].Id, key) < 0)
            {
                keys[root] = clauses[i].Id;
            }
        }

        return [.. Enumerable.Range(0, clauses.Count).Select(i => keys[Find(parent, i)])];
    }

    /// <summary>Sorted distinct ids of the clause's content bigrams (its unigrams when it has no bigram).</summary>
    internal static int[] Shingles(string text, Dictionary<string, int> ids)
    {
        var grams = FeatureSpace.NGrams(ClauseTokenizer.Tokenize(text))
            .Select(g => g.Text)
            .Where(g => !g.Any(char.IsDigit))
            .ToList();
        var bigrams = grams.Where(g => g.Contains(' ', StringComparison.Ordinal)).ToList();
        var chosen = bigrams.Count > 0 ? bigrams : grams;
        var set = new SortedSet<int>();
        foreach (var gram in chosen)
        {
            if (!ids.TryGetValue(gram, out var id))
            {
                id = ids.Count;
                ids[gram] = id;
            }

            set.Add(id);
        }

        return [.. set];
    }

    /// <summary>Similarity of two clauses' content-word pairs; a clause with none is like no other.</summary>
    internal static double Jaccard(int[] a, int[] b) =>
        a.Length == 0 || b.Length == 0 ? 0 : Text.SortedIdSets.Jaccard(a, b);

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
