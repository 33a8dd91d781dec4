using TosScan.Documents;
using System.Text.Json;
using TosScan.Pipeline;
using TosScan.Reporting.Json;
using TosScan.Reporting.Scorecards;
using TosScan.Storage;

namespace TosScan.Reporting.Reports;

/// <summary>
/// Reads the versions current at the cut-off, their stored analyses and the review decisions
/// made by then, and builds the report. A version whose analysis is missing or unreadable is
/// listed with the reason, never dropped.
/// </summary>
internal sealed class ReportBuilder(IScanStore store, IReviewStore? reviews, IGradeRule rule)
{
    /// <param name="asOf">The cut-off: versions and decisions as they stood then; null for all.</param>
    /// <param name="providers">Only these providers; null for all.</param>
    /// <param name="inputs">What the report was made from, for the manifest.</param>
    /// <param name="generatedAt">When, for the manifest.</param>
    /// <param name="spill">
    /// Where the flagged clauses go: null keeps them in the report's list (for callers that read
    /// them back); a <see cref="SpilledClauses"/> keeps them on disk, so memory holds one provider's
    /// clauses at a time however many providers the store has.
    /// </param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public async Task<ScanReport> BuildAsync(DateTimeOffset? asOf, IReadOnlyCollection<string>? providers, IReadOnlyList<string> inputs, DateTimeOffset generatedAt, SpilledClauses? spill, CancellationToken cancellationToken)
    {
        var only = providers is null ? null : new HashSet<string>(providers, StringComparer.Ordinal);

        // Without their text: each document's text is read with its analysis, one at a time.
        var versions = (await store.GetCurrentVersionsWithoutTextAsync(asOf, cancellationToken).ConfigureAwait(false))
            .Where(v => only is null || only.Contains(v.Provider))
            .ToList();
        var decisions = reviews is null
            ? []
            : (await reviews.GetDecisionsAsync(null, cancellationToken).ConfigureAwait(false))
                .Where(d => (asOf is null || d.DecidedAt <= asOf.Value) && (only is null || only.Contains(d.Provider)))
                .ToList();

        // Each reviewer's newest word per flag: where two disagree the grade still uses the newest
        // decision, and the report marks the flag and counts the conflict beside the grade.
        var judgements = reviews is null ? null : ReviewJudgements.Of(decisions).ToDictionary(j => (j.Provider, j.Type, j.ClauseKey, j.Label));
        var builder = new ScorecardBuilder(rule);
        var scorecards = new List<ProviderScorecard>();
        var kept = new List<FlaggedClause>();
        var manifestDocuments = new List<ManifestDocument>();
        var modelVersions = new SortedSet<string>(StringComparer.Ordinal);
        var analysisVersions = new SortedSet<string>(StringComparer.Ordinal);

        // One provider at a time: its documents, its clauses and its scorecard, then the next.
        foreach (var provider in versions.GroupBy(v => v.Provider, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var documents = new List<DocumentScorecard>();
            var clauses = new List<FlaggedClause>();
            foreach (var version in provider.OrderBy(v => v.Type))
            {
                var (analysis, problem) = await ReadAnalysisAsync(version, cancellationToken).ConfigureAwait(false);
                if (analysis is null)
                {
                    documents.Add(ScorecardBuilder.Unanalysed(await WithTextAsync(version, cancellationToken).ConfigureAwait(false), problem!));
                }
                else
                {
                    var (scorecard, rows) = builder.Build(version, analysis, decisions);
                    if (judgements is not null)
                    {
                        rows = [.. rows.Select(r => judgements.TryGetValue((r.Citation.Provider, version.Type, r.ClauseKey, r.Label), out var j) && j.Conflict ? r with { Conflict = j.Describe() } : r)];
                        scorecard = scorecard with { Review = Coverage(rows, version.Type, judgements) };
                    }

                    documents.Add(scorecard);
                    clauses.AddRange(rows);
                    modelVersions.Add(scorecard.Citation.ModelVersion);
                    analysisVersions.Add(scorecard.Citation.TosscanVersion);
                }

                manifestDocuments.Add(new ManifestDocument(version.Provider, version.Type.ToWireName(), version.Id, version.RetrievedAt.ToUniversalTime(), version.SnapshotSha256, version.TextSha256, analysis is not null));
            }

            scorecards.Add(WithReview(builder.Combine(provider.Key, documents, clauses)));
            if (spill is null)
            {
                kept.AddRange(clauses);
            }
            else
            {
                spill.Add(provider.Key, clauses);
            }
        }

        var manifest = new RunManifest(
            TosScanVersion.Current,
            rule.Version,
            rule.Description,
            asOf?.ToUniversalTime(),
            generatedAt.ToUniversalTime(),
            inputs,
            [.. modelVersions],
            [.. analysisVersions],
            decisions.Count,
            manifestDocuments);
        return new ScanReport(manifest, scorecards, spill is null ? kept : spill);
    }

    private async Task<(DocumentJson? Analysis, string? Problem)> ReadAnalysisAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        var json = await store.GetAnalysisAsync(version.Id, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return (null, "no analysis stored for this version");
        }

        try
        {
            return (DocumentJsonMapper.Deserialize(json), null);
        }
        catch (JsonException ex)
        {
            return (null, "stored analysis unreadable: " + ex.Message);
        }
    }

    /// <summary>A version without an analysis is counted from its own text, read for it alone.</summary>
    private async Task<DocumentVersion> WithTextAsync(DocumentVersion version, CancellationToken cancellationToken) =>
        (await store.GetVersionsAsync(version.Provider, version.Type, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Id == version.Id) ?? version;

    /// <summary>
    /// The flags are the model's and those a reviewer added; the label a relabelled flag moved to is
    /// the same flag (its decision is filed under the old label), so it is not counted twice.
    /// </summary>
    private static ReviewCoverage Coverage(IReadOnlyList<FlaggedClause> rows, DocumentType type, Dictionary<(string, DocumentType, string, string), FlagJudgements> judgements)
    {
        var flags = rows
            .Select(r => (Row: r, Judgements: judgements.GetValueOrDefault((r.Citation.Provider, type, r.ClauseKey, r.Label))))
            .Where(f => f.Row.Machine || f.Judgements is not null)
            .ToList();
        var byTwo = flags.Where(f => f.Judgements is { ByReviewer.Count: >= 2 }).ToList();
        return new ReviewCoverage(flags.Count, flags.Count(f => f.Judgements is not null), byTwo.Count, byTwo.Count(f => !f.Judgements!.Conflict));
    }

    /// <summary>The provider's coverage summed over its documents; a conflict is named in the grade's steps, worth 0 points.</summary>
    private static ProviderScorecard WithReview(ProviderScorecard provider)
    {
        var documents = provider.Documents.Where(d => d.Review is not null).ToList();
        if (documents.Count == 0)
        {
            return provider;
        }

        var review = new ReviewCoverage(
            documents.Sum(d => d.Review!.Flags),
            documents.Sum(d => d.Review!.Checked),
            documents.Sum(d => d.Review!.CheckedByTwo),
            documents.Sum(d => d.Review!.Agreed));
        var grade = provider.Grade;
        if (grade is not null && review.Conflicts > 0)
        {
            grade = grade with
            {
                Steps = [.. grade.Steps, new GradeStep(FormattableString.Invariant($"{review.Conflicts} flag{(review.Conflicts == 1 ? "" : "s")} judged differently by two reviewers: the newest decision counts"), 0)],
            };
        }

        return provider with { Review = review, Grade = grade };
    }
}
