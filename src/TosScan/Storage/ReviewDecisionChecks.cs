namespace TosScan.Storage;

/// <summary>What every store refuses to record as a review decision, checked before it touches the database.</summary>
internal static class ReviewDecisionChecks
{
    private static readonly HashSet<string> Decisions = new(StringComparer.Ordinal) { "confirmed", "rejected", "relabelled", "added" };

    public static void Validate(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!Decisions.Contains(decision.Decision))
        {
            throw new ArgumentException($"Review decision '{decision.Decision}' is not one of confirmed, rejected, relabelled, added.", nameof(decision));
        }

        if (decision.Decision == "relabelled" && string.IsNullOrWhiteSpace(decision.NewLabel))
        {
            throw new ArgumentException("A 'relabelled' review decision needs NewLabel (the label the clause now carries).", nameof(decision));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(decision.ClauseKey);
    }
}
