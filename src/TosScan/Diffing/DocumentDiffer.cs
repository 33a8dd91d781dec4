using TosScan.Documents;
using TosScan.Reporting.Json;

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

    /// <summary>Compares two analysed documents (e.g. two files run through the pipeline).</summary>
    public DocumentDiff Compare(Document older, Document newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(DiffInput.From(older), DiffInput.From(newer));
    }

    /// <summary>Compares two analyses as the store keeps them.</summary>
    public DocumentDiff Compare(DocumentJson older, DocumentJson newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(DiffInput.From(older), DiffInput.From(newer));
    }

    private DocumentDiff Compare(DiffInput older, DiffInput newer)
    {
        var oldClauses = older.Clauses;
        var newClauses = newer.Clauses;
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
            older.Side,
            newer.Side,
            added,
            removed,
            [.. alignment.Similar.Select(p => new ChangedClause(oldClauses[p.Old], newClauses[p.New], Math.Round(p.Similarity, 4)))],
            alignment.Exact.Count,
            [.. appeared.OrderBy(f => f.NewClause?.Index ?? int.MaxValue).ThenBy(f => f.OldClause?.Index ?? int.MaxValue).ThenBy(f => f.Label, StringComparer.Ordinal)],
            [.. disappeared.OrderBy(f => f.OldClause?.Index ?? int.MaxValue).ThenBy(f => f.NewClause?.Index ?? int.MaxValue).ThenBy(f => f.Label, StringComparer.Ordinal)]);
    }
}
