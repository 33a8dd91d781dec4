using TosScan.Documents;
using TosScan.Reporting.Scorecards;
using TosScan.Storage;

namespace TosScan.Review.Queue;

/// <summary>
/// For every flag of a provider, the provider's grade with the flag decided the other way: a
/// counted flag rejected, a rejected one restored (confirmed, so certain). It re-grades with the
/// report's own builder and rule (grade-rule v2, without its interval, which a what-if does not
/// need), so "this flag moves the letter" means exactly what the next report will print.
/// </summary>
internal static class GradeImpact
{
    public static IReadOnlyDictionary<(string Provider, DocumentType Type, string ClauseKey, string Label), GradeEffect> Of(
        IReadOnlyList<ReviewDocument> documents,
        IReadOnlyList<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(decisions);
        var builder = new ScorecardBuilder(new GradeRuleV2(draws: 0));
        var effects = new Dictionary<(string, DocumentType, string, string), GradeEffect>();
        foreach (var provider in documents.GroupBy(d => d.Provider, StringComparer.Ordinal))
        {
            var docs = provider.ToList();
            var own = decisions.Where(d => d.Provider == provider.Key).ToList();
            var built = docs.Select(d => builder.Build(d.Version, d.Analysis, own)).ToList();
            var scorecards = built.Select(b => b.Scorecard).ToList();
            var rows = built.SelectMany(b => b.Clauses).ToList();
            if (builder.Combine(provider.Key, scorecards, rows).Grade is not { } now)
            {
                continue;
            }

            for (var i = 0; i < docs.Count; i++)
            {
                if (scorecards[i].Grade is null)
                {
                    continue;
                }

                foreach (var row in built[i].Clauses)
                {
                    var key = (provider.Key, docs[i].Type, row.ClauseKey, row.Label);
                    if (effects.ContainsKey(key))
                    {
                        continue;
                    }

                    // grade-rule v2 grades from the rows, not the tallies: the decision that flips
                    // the flag reaches every row with the same clause key and label in this document.
                    var decision = row.Effective ? ReviewDecisionKinds.Rejected : ReviewDecisionKinds.Confirmed;
                    var flipped = rows.Select(r => r.Citation.VersionId == row.Citation.VersionId && r.ClauseKey == row.ClauseKey && r.Label == row.Label
                        ? r with { Effective = !row.Effective, Decision = decision }
                        : r).ToList();
                    if (builder.Combine(provider.Key, scorecards, flipped).Grade is { } otherwise)
                    {
                        effects[key] = new GradeEffect(provider.Key, row.Effective, now.Letter, now.Score, otherwise.Letter, otherwise.Score);
                    }
                }
            }
        }

        return effects;
    }
}
