using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>One clause on the review screen: its context, its flags and the decisions on them.</summary>
internal sealed record ReviewClauseCard(
    string Provider,
    DocumentType Type,
    string ClauseKey,
    ClauseJson Clause,
    string? SectionHeading,
    ClauseJson? Previous,
    ClauseJson? Next,
    IReadOnlyList<ReviewFlagRow> Flags);

/// <summary>
/// A label on a clause: put there by the model (<see cref="Machine"/> set) or added by a reviewer,
/// with the newest decision on it, if any.
/// </summary>
internal sealed record ReviewFlagRow(string Label, FlagJson? Machine, ReviewDecision? Decision);

/// <summary>Builds the cards of one document from its analysis and the decisions so far.</summary>
internal static class ReviewClauseCards
{
    /// <summary>Clauses that carry a machine flag or any reviewer decision, in document order.</summary>
    public static IReadOnlyList<ReviewClauseCard> Flagged(ReviewDocument document, IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> newest)
    {
        var decidedKeys = newest.Keys.Select(k => k.ClauseKey).ToHashSet(StringComparer.Ordinal);
        var cards = new List<ReviewClauseCard>();
        var clauses = document.Analysis.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var key = ClauseKeys.For(clause.Text);
            if (clause.Flags.Count == 0 && !decidedKeys.Contains(key))
            {
                continue;
            }

            cards.Add(Card(document, i, key, newest));
        }

        return cards;
    }

    /// <summary>
    /// Headings and links standing alone name a place, not a practice: they are never offered as a
    /// missed clause nor shown as the context of one.
    /// </summary>
    public static bool IsTitle(ClauseJson clause) => clause.Kind is "heading" or "navigation";

    /// <summary>Every clause without a flag, for "flag a clause the model missed".</summary>
    public static IEnumerable<(ClauseJson Clause, string ClauseKey)> Unflagged(ReviewDocument document, IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> newest)
    {
        var decidedKeys = newest.Keys.Select(k => k.ClauseKey).ToHashSet(StringComparer.Ordinal);
        return document.Analysis.Clauses
            .Where(c => c.Flags.Count == 0 && !IsTitle(c))
            .Select(c => (Clause: c, ClauseKey: ClauseKeys.For(c.Text)))
            .Where(c => !decidedKeys.Contains(c.ClauseKey));
    }

    private static ReviewClauseCard Card(ReviewDocument document, int position, string key, IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> newest)
    {
        var analysis = document.Analysis;
        var clause = analysis.Clauses[position];
        var rows = clause.Flags
            .Select(f => new ReviewFlagRow(f.Label, f, newest.GetValueOrDefault((key, f.Label))))
            .ToList();

        // Labels a reviewer added (or relabelled to) that the model did not give this clause.
        foreach (var ((clauseKey, label), decision) in newest.OrderBy(d => d.Value.DecidedAt))
        {
            if (clauseKey == key && rows.TrueForAll(r => r.Label != label))
            {
                rows.Add(new ReviewFlagRow(label, null, decision));
            }
        }

        var heading = clause.Section >= 0 && clause.Section < analysis.Sections.Count ? analysis.Sections[clause.Section].Heading?.Text : null;
        var previous = position > 0 && analysis.Clauses[position - 1].Section == clause.Section ? analysis.Clauses[position - 1] : null;
        var next = position + 1 < analysis.Clauses.Count && analysis.Clauses[position + 1].Section == clause.Section ? analysis.Clauses[position + 1] : null;
        return new ReviewClauseCard(document.Provider, document.Type, key, clause, heading, previous, next, rows);
    }
}
