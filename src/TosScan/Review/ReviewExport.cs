using System.Text.Json;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>
/// Writes reviewers' decisions as training examples in the LABELS.md JSONL format
/// (<c>{"id","text","labels","protective","consent"}</c>), so reviewed clauses grow the corpus.
/// </summary>
public static class ReviewExport
{
    /// <summary>
    /// One line per reviewed clause text. Decisions on a clause are replayed oldest first: confirmed
    /// and added put a label on, rejected takes it off, relabelled swaps it for the new label; so the
    /// newest word on every label wins. A clause whose every flag was rejected is written with no
    /// label: a reviewer read it and found none of the practices, so <c>train --decisions</c> learns
    /// it as a negative, and the false flag stops firing.
    /// Consent is written as null: reviewers do not record it, and LABELS.md reads null as
    /// "not labelled". Lines are ordered by the clause's first decision, so re-exports are stable.
    /// </summary>
    /// <returns>The number of lines written.</returns>
    public static async Task<int> WriteJsonlAsync(IReviewStore reviews, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(writer);
        var decisions = await reviews.GetDecisionsAsync(null, cancellationToken).ConfigureAwait(false);
        var lines = 0;
        foreach (var example in Examples(decisions))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(example, TosScanJson.Compact).AsMemory(), cancellationToken).ConfigureAwait(false);
            lines++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return lines;
    }

    internal static IEnumerable<LabelledClause> Examples(IEnumerable<ReviewDecision> decisions) =>
        decisions
            .OrderBy(d => d.DecidedAt)
            .ThenBy(d => d.Id)
            .GroupBy(d => d.ClauseKey, StringComparer.Ordinal)
            .Select(ToExample)
            .OfType<LabelledClause>();

    private static LabelledClause? ToExample(IGrouping<string, ReviewDecision> clause)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decision in clause)
        {
            switch (decision.Decision)
            {
                case ReviewDecisionKinds.Confirmed or ReviewDecisionKinds.Added:
                    labels.Add(decision.Label);
                    break;
                case ReviewDecisionKinds.Rejected:
                    labels.Remove(decision.Label);
                    break;
                case ReviewDecisionKinds.Relabelled when decision.NewLabel is not null:
                    labels.Remove(decision.Label);
                    labels.Add(decision.NewLabel);
                    break;
            }
        }

        var known = labels.Where(ReviewLabels.IsKnown).ToList();
        if (known.Count == 0 && !clause.Any(d => d.Decision == ReviewDecisionKinds.Rejected))
        {
            return null;
        }

        return new LabelledClause(
            $"review-{clause.Key[..16]}",
            clause.Last().ClauseText,
            [.. known.Where(ReviewLabels.IsRisk).Order(StringComparer.Ordinal)],
            [.. known.Where(l => !ReviewLabels.IsRisk(l)).Order(StringComparer.Ordinal)],
            null);
    }

    /// <summary>One LABELS.md line.</summary>
    internal sealed record LabelledClause(string Id, string Text, IReadOnlyList<string> Labels, IReadOnlyList<string> Protective, string? Consent);
}
