using TosScan.Documents;
using TosScan.Reporting.Scorecards;
using TosScan.Storage;

namespace TosScan.Review.Queue;

/// <summary>
/// For every flag of a provider, the provider's grade with the flag decided the other way: a
/// counted flag rejected, a rejected one restored. It re-grades with the report's own builder and
/// rule, so "this flag moves the letter" means exactly what the next report will print. This
/// covers the presence-changing flags (the only counted flag of its risk label, whose rejection
/// gives back the presence penalty) and density or offset changes that cross a letter boundary.
/// </summary>
internal static class GradeImpact
{
    /// <summary>The reviewer name of the what-if decisions; never saved.</summary>
    private const string WhatIf = "what-if";

    public static IReadOnlyDictionary<(string Provider, DocumentType Type, string ClauseKey, string Label), GradeEffect> Of(
        IReadOnlyList<ReviewDocument> documents,
        IReadOnlyList<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(decisions);
        var builder = new ScorecardBuilder(new GradeRuleV1());
        var effects = new Dictionary<(string, DocumentType, string, string), GradeEffect>();
        foreach (var provider in documents.GroupBy(d => d.Provider, StringComparer.Ordinal))
        {
            var docs = provider.ToList();
            var own = decisions.Where(d => d.Provider == provider.Key).ToList();
            var built = docs.Select(d => builder.Build(d.Version, d.Analysis, own)).ToList();
            var scorecards = built.Select(b => b.Scorecard).ToList();
            if (builder.Combine(provider.Key, scorecards).Grade is not { } now)
            {
                continue;
            }

            for (var i = 0; i < docs.Count; i++)
            {
                foreach (var row in built[i].Clauses)
                {
                    var key = (provider.Key, docs[i].Type, row.ClauseKey, row.Label);
                    if (effects.ContainsKey(key))
                    {
                        continue;
                    }

                    // The newest decision wins, so a decision stamped after every real one flips the flag.
                    var flip = new ReviewDecision(provider.Key, docs[i].Type, row.ClauseKey, row.Text, row.Label, row.Effective ? ReviewDecisionKinds.Rejected : ReviewDecisionKinds.Confirmed, null, WhatIf, null, DateTimeOffset.MaxValue) { Id = long.MaxValue };
                    var changed = builder.Build(docs[i].Version, docs[i].Analysis, [.. own, flip]).Scorecard;
                    var otherwise = builder.Combine(provider.Key, [.. scorecards.Select((s, j) => j == i ? changed : s)]).Grade;
                    if (otherwise is not null)
                    {
                        effects[key] = new GradeEffect(provider.Key, row.Effective, now.Letter, now.Score, otherwise.Letter, otherwise.Score);
                    }
                }
            }
        }

        return effects;
    }
}
