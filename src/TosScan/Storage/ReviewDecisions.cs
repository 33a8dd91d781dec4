namespace TosScan.Storage;

/// <summary>Reads the effective decision out of a reviewer history.</summary>
public static class ReviewDecisions
{
    /// <summary>
    /// The newest decision (latest <see cref="ReviewDecision.DecidedAt"/>, then highest id) per
    /// clause key and label; earlier decisions on the same pair are superseded.
    /// </summary>
    public static IReadOnlyDictionary<(string ClauseKey, string Label), ReviewDecision> NewestPerClauseAndLabel(IEnumerable<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var newest = new Dictionary<(string, string), ReviewDecision>();
        foreach (var decision in decisions)
        {
            var key = (decision.ClauseKey, decision.Label);
            if (!newest.TryGetValue(key, out var current)
                || decision.DecidedAt > current.DecidedAt
                || (decision.DecidedAt == current.DecidedAt && decision.Id > current.Id))
            {
                newest[key] = decision;
            }
        }

        return newest;
    }
}
