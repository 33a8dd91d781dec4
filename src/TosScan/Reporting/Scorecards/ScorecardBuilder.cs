using TosScan.Classification;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// Turns a stored version, its analysis and the reviewers' decisions into a scorecard and its
/// flagged-clause rows. Holds no state between calls.
/// </summary>
internal sealed class ScorecardBuilder(IGradeRule rule)
{
    /// <summary>The model version recorded when no classifier ran.</summary>
    public const string NoModel = "none";

    /// <summary>The model version recorded when flags show a classifier ran but its provenance does not name it.</summary>
    public const string UnrecordedModel = "unrecorded";

    private const string NotClassified = "not graded: no classifier ran on this analysis (no model version in its provenance and no flags)";

    /// <summary>Scorecard of a version that has no usable analysis: citation and length only.</summary>
    public static DocumentScorecard Unanalysed(DocumentVersion version, string problem) => new(
        CitationOf(version, null),
        WordCounter.Count(version.Text),
        0,
        [.. Labels.All.Select(l => new LabelTally(l, Labels.KindOf(l), 0, 0, 0, 0, 0))],
        0,
        0,
        ReadabilitySummary.NotScored("not scored (" + problem + ")"),
        null,
        "not graded: " + problem,
        problem);

    public (DocumentScorecard Scorecard, IReadOnlyList<FlaggedClause> Clauses) Build(DocumentVersion version, DocumentJson analysis, IEnumerable<ReviewDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(decisions);
        var citation = CitationOf(version, analysis);
        var newest = ReviewDecisions.NewestPerClauseAndLabel(
            decisions.Where(d => d.Provider == version.Provider && d.Type == version.Type));
        var byKey = newest.Values.ToLookup(d => d.ClauseKey);

        var rows = new List<FlaggedClause>();
        foreach (var clause in analysis.Clauses)
        {
            var key = ClauseKeys.For(clause.Text);
            var clauseDecisions = byKey[key].OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToList();
            rows.AddRange(RowsFor(citation, analysis, clause, key, clauseDecisions));
        }

        var tallies = Tally(rows);
        var readability = ReadabilityJsonReader.Read(analysis.Readability);
        // The analysis holds the version's text; the version itself may have been read without it.
        var words = WordCounter.Count(analysis.Text);
        // Without a classifier there are no flags to count, and an A would claim an absence of
        // risks that nobody looked for.
        var classified = citation.ModelVersion != NoModel;
        var grade = classified
            ? rule.Compute(new GradeInputs(tallies, words, readability.Scored ? readability.FleschKincaidGrade : null) { Evidence = GradeEvidence.From(rows) })
            : null;
        var scorecard = new DocumentScorecard(
            citation,
            words,
            analysis.Clauses.Count,
            tallies,
            tallies.Where(t => t.Kind == Labels.Risk).Sum(t => t.Effective),
            tallies.Where(t => t.Kind == Labels.Protective).Sum(t => t.Effective),
            readability,
            grade,
            classified ? null : NotGradedReason(analysis),
            null,
            classified ? null : NotChecked(analysis));
        return (scorecard, rows);
    }

    /// <summary>
    /// What an unclassified document shows instead of flag counts: the language when the models do
    /// not read it, otherwise that no classifier ran.
    /// </summary>
    private static string NotChecked(DocumentJson analysis) =>
        analysis.Document.Language is { } language && !ClassificationCoverage.Covers(language)
            ? ClassificationCoverage.NotChecked(language)
            : "not checked (no classifier ran)";

    /// <summary>Why an unclassified document is not graded: the classification stage's own word when it left one.</summary>
    private static string NotGradedReason(DocumentJson analysis) =>
        analysis.Provenance.TryGetValue("classification", out var why) ? "not graded: classification " + why : NotClassified;

    /// <summary>The provider's documents combined under the same rule.</summary>
    /// <param name="provider">Provider name.</param>
    /// <param name="documents">Its documents' scorecards.</param>
    /// <param name="clauses">The flagged-clause rows of those documents (rule v2 weighs them one by one).</param>
    public ProviderScorecard Combine(string provider, IReadOnlyList<DocumentScorecard> documents, IReadOnlyList<FlaggedClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        // The figures cover every analysed document; the grade only those that could be graded.
        var analysed = documents.Where(d => d.Problem is null).ToList();
        var graded = documents.Where(d => d.Grade is not null).ToList();
        var tallies = Sum(analysed.SelectMany(d => d.Labels));
        var words = analysed.Sum(d => d.Words);
        var fk = WeightedGrade(analysed);
        Grade? grade = null;
        if (graded.Count > 0)
        {
            var gradedIds = graded.Select(d => d.Citation.VersionId).ToHashSet();
            grade = rule.Compute(new GradeInputs(Sum(graded.SelectMany(d => d.Labels)), graded.Sum(d => d.Words), WeightedGrade(graded))
            {
                Evidence = GradeEvidence.From(clauses.Where(c => gradedIds.Contains(c.Citation.VersionId))),
            });
        }

        if (grade is not null && graded.Count < documents.Count)
        {
            // Say which documents the provider grade leaves out, so it is not read as covering them.
            grade = grade with
            {
                Steps = [.. grade.Steps, .. documents.Where(d => d.Grade is null).Select(d => new GradeStep($"{d.Citation.DocumentType} left out ({d.NotGradedReason})", 0))],
            };
        }

        var reason = graded.Count > 0 ? null : documents.Select(d => d.NotGradedReason).FirstOrDefault(r => r is not null) ?? "not graded: no documents";
        return new ProviderScorecard(
            provider,
            documents,
            tallies,
            words,
            tallies.Where(t => t.Kind == Labels.Risk).Sum(t => t.Effective),
            tallies.Where(t => t.Kind == Labels.Protective).Sum(t => t.Effective),
            fk,
            grade,
            reason,
            NotChecked(analysed));
    }

    /// <summary>
    /// The provider's "not checked": the documents' own words when none of them was checked (its
    /// counts mean nothing then), or the types left out when only some were.
    /// </summary>
    private static string? NotChecked(List<DocumentScorecard> analysed)
    {
        var left = analysed.Where(d => d.NotChecked is not null).ToList();
        if (left.Count == 0)
        {
            return null;
        }

        return left.Count == analysed.Count
            ? string.Join("; ", left.Select(d => d.NotChecked).Distinct(StringComparer.Ordinal))
            : string.Join("; ", left.Select(d => d.Citation.DocumentType + ": " + d.NotChecked));
    }

    /// <summary>Flesch-Kincaid grade of the scored documents, weighted by their words; null when none was scored.</summary>
    private static double? WeightedGrade(List<DocumentScorecard> documents)
    {
        var scored = documents.Where(d => d.Readability is { Scored: true, FleschKincaidGrade: not null } && d.Words > 0).ToList();
        return scored.Count == 0
            ? null
            : Math.Round(scored.Sum(d => d.Readability.FleschKincaidGrade!.Value * d.Words) / scored.Sum(d => d.Words), 2);
    }

    internal static string ModelVersionOf(DocumentJson? analysis)
    {
        if (analysis is null)
        {
            return NoModel;
        }

        if (analysis.Provenance.TryGetValue("model", out var model))
        {
            return model;
        }

        // Flags can only come from a classifier, so the document was classified even if the
        // stage did not say which model it used.
        return analysis.Clauses.Any(c => c.Flags.Count > 0) ? UnrecordedModel : NoModel;
    }

    private static Citation CitationOf(DocumentVersion version, DocumentJson? analysis) => new(
        version.Provider,
        version.Type.ToWireName(),
        version.Location,
        version.RetrievedAt.ToUniversalTime(),
        version.SnapshotSha256,
        version.TextSha256,
        version.Id,
        analysis?.TosscanVersion ?? "unknown",
        ModelVersionOf(analysis));

    /// <summary>
    /// Applies the newest decisions of one clause, oldest first, to its machine labels:
    /// rejected removes a label, relabelled moves it, added and confirmed make sure it is there.
    /// </summary>
    private static IEnumerable<FlaggedClause> RowsFor(Citation citation, DocumentJson analysis, ClauseJson clause, string key, List<ReviewDecision> decisions)
    {
        var machine = clause.Flags.GroupBy(f => f.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var effective = new HashSet<string>(machine.Keys, StringComparer.Ordinal);
        var touchedBy = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            touchedBy[decision.Label] = decision;
            switch (decision.Decision)
            {
                case "rejected":
                    effective.Remove(decision.Label);
                    break;
                case "relabelled":
                    effective.Remove(decision.Label);
                    if (!string.IsNullOrWhiteSpace(decision.NewLabel))
                    {
                        effective.Add(decision.NewLabel);
                        touchedBy.TryAdd(decision.NewLabel, decision);
                    }

                    break;
                default:
                    effective.Add(decision.Label);
                    break;
            }
        }

        if (machine.Count == 0 && effective.Count == 0)
        {
            yield break;
        }

        var (context, contextStart) = ContextOf(analysis, clause);
        var labels = machine.Keys.Union(effective, StringComparer.Ordinal)
            .OrderBy(l => IndexOf(l))
            .ThenBy(l => l, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            machine.TryGetValue(label, out var flag);
            touchedBy.TryGetValue(label, out var decision);
            yield return new FlaggedClause(
                citation,
                clause.Index,
                key,
                label,
                flag?.Kind ?? Labels.KindOf(label),
                flag?.Score,
                flag?.Threshold,
                flag?.Consent,
                flag?.Reason ?? (decision is null ? null : "added by reviewer"),
                flag is not null,
                decision?.Decision,
                decision?.Reviewer,
                decision?.Note,
                effective.Contains(label),
                clause.Text,
                clause.Start,
                clause.End,
                flag?.Evidence ?? [],
                context,
                contextStart);
        }
    }

    private static (string Text, int Start) ContextOf(DocumentJson analysis, ClauseJson clause)
    {
        if (clause.Block >= 0 && clause.Block < analysis.Structure.Count)
        {
            var block = analysis.Structure[clause.Block];
            if (block.Start <= clause.Start && block.End >= clause.End)
            {
                return (block.Text, block.Start);
            }
        }

        return (clause.Text, clause.Start);
    }

    private static List<LabelTally> Tally(List<FlaggedClause> rows)
    {
        var tallies = new List<LabelTally>();
        var extra = rows.Select(r => r.Label).Where(l => !Labels.All.Contains(l)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var label in Labels.All.Concat(extra))
        {
            var of = rows.Where(r => r.Label == label).ToList();
            var machine = of.Count(r => r.Machine);
            var confirmed = of.Count(r => r.Machine && r.Effective && r.Decision is "confirmed" or "added");
            var rejected = of.Count(r => r.Machine && !r.Effective);
            var added = of.Count(r => !r.Machine && r.Effective);
            var kind = of.FirstOrDefault()?.Kind ?? Labels.KindOf(label);
            tallies.Add(new LabelTally(label, kind, machine, confirmed, rejected, added, machine - rejected + added));
        }

        return tallies;
    }

    private static List<LabelTally> Sum(IEnumerable<LabelTally> tallies)
    {
        var all = tallies.ToList();
        var order = Labels.All.Concat(all.Select(t => t.Label).Where(l => !Labels.All.Contains(l)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return [.. order.Select(label =>
        {
            var of = all.Where(t => t.Label == label).ToList();
            return new LabelTally(label, of.FirstOrDefault()?.Kind ?? Labels.KindOf(label), of.Sum(t => t.Machine), of.Sum(t => t.Confirmed), of.Sum(t => t.Rejected), of.Sum(t => t.Added), of.Sum(t => t.Effective));
        })];
    }

    private static int IndexOf(string label)
    {
        for (var i = 0; i < Labels.All.Count; i++)
        {
            if (Labels.All[i] == label)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
