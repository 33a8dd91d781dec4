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
        var groups = new List<(string Label, HashSet<string> Shingles, List<GradeEvidence> Members)>();
        foreach (var item in evidence)
        {
            var shingles = Shingles(item.Text);
            var home = groups.FindIndex(g => g.Label == item.Label && Jaccard(g.Shingles, shingles) >= Similarity);
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

    private static HashSet<string> Shingles(string text)
    {
        var words = WordsOf(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count < 3)
        {
            set.Add(string.Join(' ', words));
            return set;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            set.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }

        return set;
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

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
