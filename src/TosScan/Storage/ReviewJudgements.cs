using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// What each reviewer last said about one flag (one label on one clause of one document type).
/// Two reviewers who said different things are a conflict: it is shown, never resolved silently;
/// the grade goes on using the newest decision (<see cref="ReviewDecisions.NewestPerClauseAndLabel"/>).
/// </summary>
/// <param name="Provider">Provider name.</param>
/// <param name="Type">Document type.</param>
/// <param name="ClauseKey">SHA-256 of the normalised clause text.</param>
/// <param name="Label">The label judged.</param>
/// <param name="ByReviewer">Each reviewer's newest decision on the flag, oldest first; the last is the one the grade uses.</param>
public sealed record FlagJudgements(string Provider, DocumentType Type, string ClauseKey, string Label, IReadOnlyList<ReviewDecision> ByReviewer)
{
    /// <summary>True when at least two reviewers left different outcomes.</summary>
    public bool Conflict => ByReviewer.Select(ReviewJudgements.Outcome).Distinct(StringComparer.Ordinal).Count() > 1;

    /// <summary>The decision the grade uses: the newest of all.</summary>
    public ReviewDecision Newest => ByReviewer[^1];

    /// <summary>"Ada: kept; Bob: rejected", oldest first.</summary>
    public string Describe() => string.Join("; ", ByReviewer.Select(d => $"{d.Reviewer}: {ReviewJudgements.Outcome(d)}"));
}

/// <summary>Groups a decision history into per-reviewer judgements of each flag.</summary>
public static class ReviewJudgements
{
    /// <summary>
    /// What a decision says about the flag, the category two reviewers are compared on:
    /// <c>kept</c> (confirmed, or added by a reviewer), <c>rejected</c>, or <c>relabelled to X</c>.
    /// </summary>
    public static string Outcome(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Decision switch
        {
            "confirmed" or "added" => "kept",
            "relabelled" => "relabelled to " + decision.NewLabel,
            _ => decision.Decision,
        };
    }

    /// <summary>
    /// One entry per flag anyone decided on, with each reviewer's newest decision (a reviewer who
    /// changed their mind is counted once, with their last word). Reviewer names are compared
    /// after trimming, case-sensitively.
    /// </summary>
    public static IReadOnlyList<FlagJudgements> Of(IEnumerable<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return
        [
            .. decisions
                .GroupBy(d => (d.Provider, d.Type, d.ClauseKey, d.Label))
                .Select(flag => new FlagJudgements(
                    flag.Key.Provider,
                    flag.Key.Type,
                    flag.Key.ClauseKey,
                    flag.Key.Label,
                    [.. flag.GroupBy(d => d.Reviewer.Trim(), StringComparer.Ordinal)
                        .Select(r => r.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).Last())
                        .OrderBy(d => d.DecidedAt)
                        .ThenBy(d => d.Id)]))
                .OrderBy(f => f.Provider, StringComparer.Ordinal)
                .ThenBy(f => f.Type)
                .ThenBy(f => f.ByReviewer[0].DecidedAt)
                .ThenBy(f => f.ClauseKey, StringComparer.Ordinal)
                .ThenBy(f => f.Label, StringComparer.Ordinal),
        ];
    }
}
