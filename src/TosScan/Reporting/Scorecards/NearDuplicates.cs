namespace TosScan.Reporting.Scorecards;

/// <summary>
/// Finds flags whose clauses say the same thing: the same label on identical or near-identical text
/// (regional copies of a section, boilerplate repeated in two documents). grade-rule v2 counts each
/// such group once, keeping its strongest member, so a document is not graded twice for one clause.
/// </summary>
internal static class NearDuplicates
{
    /// <summary>
    /// Two clauses are near-identical when at least this share of their word triples is shared
    /// (Jaccard). 0.7 merges copies that differ by a region's name or a few words (one word changed in a
    /// 20-word sentence leaves 0.74), and keeps apart
    /// clauses that only share a template.
    /// </summary>
    public const double Similarity = 0.7;

    /// <summary>Groups evidence into sets of near-identical clauses of one label.</summary>
    public static IReadOnlyList<IReadOnlyList<GradeEvidence>> Group(IReadOnlyList<GradeEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(string Label, int[] Shingles, List<GradeEvidence> Members)>();
        foreach (var item in evidence)
        {
            var shingles = Shingles(item.Text, ids);
            var home = groups.FindIndex(g => g.Label == item.Label && Text.SortedIdSets.Jaccard(g.Shingles, shingles) >= Similarity);
            if (home < 0)
            {
                groups.Add((item.Label, shingles, [item]));
            }
            else
            {
                groups[home].Members.Add(item);
            }
        }

        return [.. groups.Select(g => (IReadOnlyList<GradeEvidence>)g.Members)];
    }

    /// <summary>Sorted distinct ids of the text's word triples (the whole text when it has fewer than three words).</summary>
    private static int[] Shingles(string text, Dictionary<string, int> ids)
    {
        var words = WordsOf(text);
        var triples = words.Count < 3
            ? [string.Join(' ', words)]
            : Enumerable.Range(0, words.Count - 2).Select(i => words[i] + " " + words[i + 1] + " " + words[i + 2]);
        var set = new SortedSet<int>();
        foreach (var triple in triples)
        {
            if (!ids.TryGetValue(triple, out var id))
            {
                id = ids.Count;
                ids[triple] = id;
            }

            set.Add(id);
        }

        return [.. set];
    }

    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
