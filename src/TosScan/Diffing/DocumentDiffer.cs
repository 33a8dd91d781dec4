using TosScan.Documents;

namespace TosScan.Diffing;

/// <summary>
/// Compares two analysed versions of a document: which clauses were added, removed or reworded,
/// and which flags appeared or disappeared. Holds no per-diff state; one instance serves many.
/// </summary>
public sealed class DocumentDiffer
{
    private readonly ClauseAligner _aligner;

    /// <param name="minSimilarity">
    /// Token Jaccard similarity at or above which two unequal clauses count as one clause reworded
    /// rather than one removed and one added. Default 0.5; must be in (0, 1].
    /// </param>
    public DocumentDiffer(double minSimilarity = ClauseAligner.DefaultMinSimilarity)
    {
        _aligner = new ClauseAligner(minSimilarity);
    }

    public DocumentDiff Compare(Document older, Document newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);

        var oldClauses = Describe(older);
        var newClauses = Describe(newer);
        var alignment = _aligner.Align([.. oldClauses.Select(c => c.Text)], [.. newClauses.Select(c => c.Text)]);

        var appeared = new List<FlagChange>();
        var disappeared = new List<FlagChange>();

        var pairs = alignment.Exact.Select(p => (Pair: p, Cause: FlagChangeCause.SameClause))
            .Concat(alignment.Similar.Select(p => (Pair: p, Cause: FlagChangeCause.ClauseChanged)));
        foreach (var (pair, cause) in pairs)
        {
            var o = oldClauses[pair.Old];
            var n = newClauses[pair.New];
            appeared.AddRange(n.Labels.Except(o.Labels, StringComparer.Ordinal).Select(l => new FlagChange(l, cause, o, n)));
            disappeared.AddRange(o.Labels.Except(n.Labels, StringComparer.Ordinal).Select(l => new FlagChange(l, cause, o, n)));
        }

        var added = alignment.UnmatchedNew.Select(i => newClauses[i]).ToList();
        var removed = alignment.UnmatchedOld.Select(i => oldClauses[i]).ToList();
        appeared.AddRange(added.SelectMany(c => c.Labels.Select(l => new FlagChange(l, FlagChangeCause.ClauseAddedOrRemoved, null, c))));
        disappeared.AddRange(removed.SelectMany(c => c.Labels.Select(l => new FlagChange(l, FlagChangeCause.ClauseAddedOrRemoved, c, null))));

        return new DocumentDiff(
            Side(older),
            Side(newer),
            added,
            removed,
            [.. alignment.Similar.Select(p => new ChangedClause(oldClauses[p.Old], newClauses[p.New], Math.Round(p.Similarity, 4)))],
            alignment.Exact.Count,
            [.. appeared.OrderBy(f => f.NewClause?.Index ?? int.MaxValue).ThenBy(f => f.OldClause?.Index ?? int.MaxValue).ThenBy(f => f.Label, StringComparer.Ordinal)],
            [.. disappeared.OrderBy(f => f.OldClause?.Index ?? int.MaxValue).ThenBy(f => f.NewClause?.Index ?? int.MaxValue).ThenBy(f => f.Label, StringComparer.Ordinal)]);
    }

    private static DiffClause[] Describe(Document document)
    {
        var labels = document.Flags
            .GroupBy(f => f.ClauseIndex)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

        return [.. document.Clauses.Select(c => new DiffClause(
            c.Index,
            document.TextOf(c.Span),
            SectionHeading(document, c.Section),
            labels.TryGetValue(c.Index, out var l) ? l : []))];
    }

    private static string? SectionHeading(Document document, int section) =>
        section >= 0 && section < document.Sections.Count && document.Sections[section].Heading is { } heading
            ? document.TextOf(heading)
            : null;

    private static DiffSide Side(Document document) => new(
        document.Source.Provider,
        document.Source.Type.ToWireName(),
        document.Source.Location,
        document.Source.RetrievedAt,
        document.Source.Sha256,
        document.Clauses.Count,
        document.Flags.Count);
}
