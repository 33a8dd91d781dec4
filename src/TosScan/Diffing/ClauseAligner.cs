using TosScan.Storage;

namespace TosScan.Diffing;

/// <summary>
/// Lines up the clauses of two versions of a document. Exact matches (same normalised text) are
/// taken first, so a clause that merely moved is not reported; what is left is paired by token
/// Jaccard similarity, best pairs first, and a pair counts as "changed" only at or above
/// <see cref="MinSimilarity"/>. Stateless apart from the threshold, so one instance serves any
/// number of diffs.
/// </summary>
internal sealed class ClauseAligner
{
    /// <summary>Default similarity at or above which two clauses count as one clause reworded.</summary>
    public const double DefaultMinSimilarity = 0.5;

    public ClauseAligner(double minSimilarity = DefaultMinSimilarity)
    {
        if (double.IsNaN(minSimilarity) || minSimilarity <= 0 || minSimilarity > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minSimilarity), minSimilarity, "minSimilarity must be in (0, 1].");
        }

        MinSimilarity = minSimilarity;
    }

    public double MinSimilarity { get; }

    public ClauseAlignment Align(IReadOnlyList<string> oldClauses, IReadOnlyList<string> newClauses)
    {
        ArgumentNullException.ThrowIfNull(oldClauses);
        ArgumentNullException.ThrowIfNull(newClauses);

        var oldKeys = oldClauses.Select(ClauseKeys.Normalise).ToArray();
        var newKeys = newClauses.Select(ClauseKeys.Normalise).ToArray();
        var exact = MatchExactly(oldKeys, newKeys);

        var matchedOld = exact.Select(p => p.Old).ToHashSet();
        var matchedNew = exact.Select(p => p.New).ToHashSet();
        var restOld = Enumerable.Range(0, oldKeys.Length).Where(i => !matchedOld.Contains(i)).ToList();
        var restNew = Enumerable.Range(0, newKeys.Length).Where(i => !matchedNew.Contains(i)).ToList();

        var similar = MatchSimilar(oldKeys, newKeys, restOld, restNew);
        foreach (var pair in similar)
        {
            matchedOld.Add(pair.Old);
            matchedNew.Add(pair.New);
        }

        return new ClauseAlignment(
            exact,
            [.. similar.OrderBy(p => p.New)],
            [.. restOld.Where(i => !matchedOld.Contains(i))],
            [.. restNew.Where(i => !matchedNew.Contains(i))]);
    }

    /// <summary>Pairs equal texts in document order, so repeated clauses pair first with first.</summary>
    private static List<AlignedPair> MatchExactly(string[] oldKeys, string[] newKeys)
    {
        var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < newKeys.Length; i++)
        {
            if (!waiting.TryGetValue(newKeys[i], out var queue))
            {
                waiting[newKeys[i]] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        var pairs = new List<AlignedPair>();
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (waiting.TryGetValue(oldKeys[i], out var queue) && queue.Count > 0)
            {
                pairs.Add(new AlignedPair(i, queue.Dequeue(), 1.0));
            }
        }

        return pairs;
    }

    private List<AlignedPair> MatchSimilar(string[] oldKeys, string[] newKeys, List<int> restOld, List<int> restNew)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var oldTokens = restOld.ToDictionary(i => i, i => TokenSet.Of(oldKeys[i], vocabulary));
        var newTokens = restNew.ToDictionary(i => i, i => TokenSet.Of(newKeys[i], vocabulary));

        var candidates = new List<(AlignedPair Pair, double Distance)>();
        foreach (var o in restOld)
        {
            var a = oldTokens[o];
            foreach (var n in restNew)
            {
                var b = newTokens[n];

                // Jaccard can reach the threshold only when the smaller set is at least
                // threshold x the larger one; skipping the rest keeps long documents fast.
                if (Math.Min(a.Length, b.Length) < MinSimilarity * Math.Max(a.Length, b.Length))
                {
                    continue;
                }

                var similarity = TokenSet.Jaccard(a, b);
                if (similarity >= MinSimilarity)
                {
                    // Among equally similar candidates prefer the one at the same relative place.
                    var distance = Math.Abs(((double)o / Math.Max(1, oldKeys.Length)) - ((double)n / Math.Max(1, newKeys.Length)));
                    candidates.Add((new AlignedPair(o, n, similarity), distance));
                }
            }
        }

        var takenOld = new HashSet<int>();
        var takenNew = new HashSet<int>();
        var pairs = new List<AlignedPair>();
        foreach (var (pair, _) in candidates
            .OrderByDescending(c => c.Pair.Similarity)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Pair.Old)
            .ThenBy(c => c.Pair.New))
        {
            if (!takenOld.Contains(pair.Old) && !takenNew.Contains(pair.New))
            {
                takenOld.Add(pair.Old);
                takenNew.Add(pair.New);
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
