using TosScan.Storage;

namespace TosScan.Review.Queue;

/// <summary>The flags of one view, in order, and how far the reviewers are through them.</summary>
/// <param name="Items">The flags left after the filters, in the view's order.</param>
/// <param name="Flags">Every flag on the current documents, before filters.</param>
/// <param name="Reviewed">Of those, the flags with a decision.</param>
internal sealed record ReviewQueue(IReadOnlyList<QueueItem> Items, int Flags, int Reviewed);

/// <summary>Builds the queue: every machine or reviewer flag of the current documents, filtered and ordered.</summary>
internal static class ReviewQueueBuilder
{
    public static ReviewQueue Build(IReadOnlyList<ReviewDocument> documents, IReadOnlyList<ReviewDecision> decisions, QueueView view)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(view);
        var judgements = ReviewJudgements.Of(decisions).ToDictionary(j => (j.Provider, j.Type, j.ClauseKey, j.Label));
        // Re-grading is the costly part (about 1 s for 1,200 flags on a busy 2-core machine): only the providers in view.
        var effects = GradeImpact.Of([.. documents.Where(d => view.Provider is null || d.Provider == view.Provider)], decisions);
        var all = new List<QueueItem>();
        foreach (var document in documents)
        {
            var newest = ReviewDecisions.NewestPerClauseAndLabel(decisions.Where(d => d.Provider == document.Provider && d.Type == document.Type));
            foreach (var card in ReviewClauseCards.Flagged(document, newest))
            {
                foreach (var flag in card.Flags)
                {
                    var key = (document.Provider, document.Type, card.ClauseKey, flag.Label);
                    all.Add(new QueueItem(card, flag, judgements.GetValueOrDefault(key), effects.GetValueOrDefault(key)));
                }
            }
        }

        var items = all.Where(i => Matches(i, view));
        return new ReviewQueue([.. Order(items, view.Order)], all.Count, all.Count(i => i.IsReviewed));
    }

    private static bool Matches(QueueItem item, QueueView view) =>
        (view.Provider is null || item.Provider == view.Provider)
        && (view.Label is null || item.Label == view.Label)
        && (view.MinScore is null || item.Score >= view.MinScore)
        && (view.MaxScore is null || item.Score <= view.MaxScore)
        && view.State switch
        {
            QueueView.Unreviewed => !item.IsReviewed,
            QueueView.Reviewed => item.IsReviewed,
            QueueView.Conflicts => item.IsConflict,
            _ => true,
        };

    /// <summary>
    /// Least certain: nearest the threshold first (reviewer-added flags, which have no score, last).
    /// Grade impact: flags whose decision moves a letter first, then by points moved, then least certain.
    /// Ties, and the document order, go by provider, document type, clause and label.
    /// </summary>
    internal static IEnumerable<QueueItem> Order(IEnumerable<QueueItem> items, string order)
    {
        var ordered = order switch
        {
            QueueView.GradeImpact => items
                .OrderByDescending(i => i.Effect?.ChangesLetter == true)
                .ThenByDescending(i => i.Effect?.Points ?? 0)
                .ThenBy(i => i.Distance ?? double.MaxValue),
            QueueView.DocumentOrder => items.OrderBy(_ => 0),
            _ => items.OrderBy(i => i.Distance ?? double.MaxValue),
        };
        return ordered
            .ThenBy(i => i.Provider, ReviewCatalog.ProviderOrder)
            .ThenBy(i => i.Card.Type)
            .ThenBy(i => i.Card.Clause.Index)
            .ThenBy(i => LabelIndex(i.Label));
    }

    private static int LabelIndex(string label)
    {
        var index = ReviewLabels.All.ToList().IndexOf(label);
        return index < 0 ? int.MaxValue : index;
    }
}
