using TosScan.Storage;

namespace TosScan.Review.Agreement;

/// <summary>
/// Cohen's kappa between reviewers who judged the same flags. Each reviewer's newest decision on a
/// flag is their judgement; the categories are the outcomes (kept, rejected, relabelled to X).
/// Kappa discounts the agreement two reviewers would reach by chance with their own habits: two
/// reviewers who confirm 90% of flags agree on 82% of them by chance alone.
/// </summary>
internal static class ReviewerAgreement
{
    public static AgreementReport Compute(IEnumerable<ReviewDecision> decisions)
    {
        var flags = ReviewJudgements.Of(decisions);
        var shared = flags.Where(f => f.ByReviewer.Count >= 2).ToList();
        var pairs = new List<PairAgreement>();
        var labels = ReviewLabels.All.Concat(shared.Select(f => f.Label).Where(l => !ReviewLabels.IsKnown(l)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var reviewerPairs = shared
            .SelectMany(f => PairsOf(f.ByReviewer))
            .Select(p => (p.A.Reviewer.Trim(), p.B.Reviewer.Trim()))
            .Distinct()
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Item2, StringComparer.Ordinal)
            .ToList();
        foreach (var label in labels.Append(AgreementReport.AllLabels))
        {
            foreach (var (a, b) in reviewerPairs)
            {
                var judged = shared
                    .Where(f => label == AgreementReport.AllLabels || f.Label == label)
                    .Select(f => (A: Find(f, a), B: Find(f, b)))
                    .Where(j => j.A is not null && j.B is not null)
                    .Select(j => (A: ReviewJudgements.Outcome(j.A!), B: ReviewJudgements.Outcome(j.B!)))
                    .ToList();
                if (judged.Count > 0)
                {
                    pairs.Add(Kappa(label, a, b, judged));
                }
            }
        }

        return new AgreementReport(pairs, [.. flags.Where(f => f.Conflict)], flags.Count, shared.Count);
    }

    /// <summary>Cohen's kappa of two reviewers' outcomes on the same flags.</summary>
    internal static PairAgreement Kappa(string label, string reviewerA, string reviewerB, IReadOnlyList<(string A, string B)> judged)
    {
        var n = judged.Count;
        var agreed = judged.Count(j => j.A == j.B);
        var expected = judged.Select(j => j.A).Concat(judged.Select(j => j.B)).Distinct(StringComparer.Ordinal)
            .Sum(c => (double)judged.Count(j => j.A == c) / n * judged.Count(j => j.B == c) / n);
        var observed = (double)agreed / n;
        // With expected agreement 1 both reviewers gave one and the same outcome to every flag:
        // kappa is 0/0, and reporting 1 (or 0) would claim more than the data says.
        double? kappa = expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);
        return new PairAgreement(label, reviewerA, reviewerB, n, agreed, expected, kappa);
    }

    private static ReviewDecision? Find(FlagJudgements flag, string reviewer) =>
        flag.ByReviewer.FirstOrDefault(d => string.Equals(d.Reviewer.Trim(), reviewer, StringComparison.Ordinal));

    private static IEnumerable<(ReviewDecision A, ReviewDecision B)> PairsOf(IReadOnlyList<ReviewDecision> judgements)
    {
        var ordered = judgements.OrderBy(d => d.Reviewer.Trim(), StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                yield return (ordered[i], ordered[j]);
            }
        }
    }
}
