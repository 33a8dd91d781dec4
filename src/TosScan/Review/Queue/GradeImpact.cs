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
    /// <summary>The reviewer name of the what-if decisions; never saved.</summary>
    private const string WhatIf = "what-if";

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
                var document = docs[i];
                var byKey = document.Analysis.Clauses.ToLookup(c => ClauseKeys.For(c.Text), StringComparer.Ordinal);
                var decisionsByKey = own.Where(d => d.Type == document.Type).ToLookup(d => d.ClauseKey, StringComparer.Ordinal);
                foreach (var row in built[i].Clauses)
                {
                    var key = (provider.Key, document.Type, row.ClauseKey, row.Label);
                    if (effects.ContainsKey(key) || scorecards[i].Grade is null)
                    {
                        continue;
                    }

                    // A decision reaches every clause with the same key and nothing else, so only
                    // those clauses are tallied again, with and without the decision that flips the
                    // flag (stamped after every real one, so it is the newest).
                    var flip = new ReviewDecision(provider.Key, document.Type, row.ClauseKey, row.Text, row.Label, row.Effective ? ReviewDecisionKinds.Rejected : ReviewDecisionKinds.Confirmed, null, WhatIf, null, DateTimeOffset.MaxValue) { Id = long.MaxValue };
                    var affected = ClausesOnly(document, [.. byKey[row.ClauseKey]]);
                    var before = builder.Build(affected.Version, affected.Analysis, [.. decisionsByKey[row.ClauseKey]]).Scorecard.Labels;
                    var after = builder.Build(affected.Version, affected.Analysis, [.. decisionsByKey[row.ClauseKey], flip]).Scorecard.Labels;
                    var changed = scorecards[i] with { Labels = Shift(scorecards[i].Labels, before, after) };
                    // The decision reaches every row with the same clause key and label in this document.
                    var flipped = rows.Select(r => r.Citation.VersionId == row.Citation.VersionId && r.ClauseKey == row.ClauseKey && r.Label == row.Label
                        ? r with { Effective = !row.Effective, Decision = flip.Decision }
                        : r).ToList();
                    var otherwise = builder.Combine(provider.Key, [.. scorecards.Select((s, j) => j == i ? changed : s)], flipped).Grade;
                    if (otherwise is not null)
                    {
                        effects[key] = new GradeEffect(provider.Key, row.Effective, now.Letter, now.Score, otherwise.Letter, otherwise.Score);
                    }
                }
            }
        }

        return effects;
    }

    /// <summary>The document reduced to some of its clauses, for tallying them alone (words and readability are not read from it).</summary>
    private static ReviewDocument ClausesOnly(ReviewDocument document, IReadOnlyList<Reporting.Json.ClauseJson> clauses) => document with
    {
        Analysis = document.Analysis with { Clauses = clauses, Readability = null },
        Version = document.Version with { Text = string.Empty },
    };

    /// <summary>The tallies with the clauses' old counts taken out and their new counts put in.</summary>
    private static List<LabelTally> Shift(IReadOnlyList<LabelTally> tallies, IReadOnlyList<LabelTally> before, IReadOnlyList<LabelTally> after)
    {
        var shifted = tallies.ToList();
        foreach (var label in before.Select(t => t.Label).Union(after.Select(t => t.Label), StringComparer.Ordinal))
        {
            var old = before.FirstOrDefault(t => t.Label == label);
            var @new = after.FirstOrDefault(t => t.Label == label);
            var index = shifted.FindIndex(t => t.Label == label);
            var current = index >= 0 ? shifted[index] : new LabelTally(label, @new?.Kind ?? old!.Kind, 0, 0, 0, 0, 0);
            var moved = current with
            {
                Machine = current.Machine - (old?.Machine ?? 0) + (@new?.Machine ?? 0),
                Confirmed = current.Confirmed - (old?.Confirmed ?? 0) + (@new?.Confirmed ?? 0),
                Rejected = current.Rejected - (old?.Rejected ?? 0) + (@new?.Rejected ?? 0),
                Added = current.Added - (old?.Added ?? 0) + (@new?.Added ?? 0),
                Effective = current.Effective - (old?.Effective ?? 0) + (@new?.Effective ?? 0),
            };
            if (index >= 0)
            {
                shifted[index] = moved;
            }
            else
            {
                shifted.Add(moved);
            }
        }

        return shifted;
    }
}
