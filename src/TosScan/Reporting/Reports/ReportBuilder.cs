using TosScan.Documents;
using System.Text.Json;
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
    public async Task<ScanReport> BuildAsync(DateTimeOffset? asOf, IReadOnlyCollection<string>? providers, IReadOnlyList<string> inputs, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var only = providers is null ? null : new HashSet<string>(providers, StringComparer.Ordinal);
        var versions = (await store.GetCurrentVersionsAsync(asOf, cancellationToken).ConfigureAwait(false))
            .Where(v => only is null || only.Contains(v.Provider))
            .ToList();
        var decisions = reviews is null
            ? []
            : (await reviews.GetDecisionsAsync(null, cancellationToken).ConfigureAwait(false))
                .Where(d => (asOf is null || d.DecidedAt <= asOf.Value) && (only is null || only.Contains(d.Provider)))
                .ToList();

        var builder = new ScorecardBuilder(rule);
        var documents = new List<DocumentScorecard>();
        var clauses = new List<FlaggedClause>();
        var manifestDocuments = new List<ManifestDocument>();
        var modelVersions = new SortedSet<string>(StringComparer.Ordinal);
        var analysisVersions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var version in versions.OrderBy(v => v.Provider, StringComparer.Ordinal).ThenBy(v => v.Type))
        {
            var json = await store.GetAnalysisAsync(version.Id, cancellationToken).ConfigureAwait(false);
            DocumentJson? analysis = null;
            string? problem = null;
            if (json is null)
            {
                problem = "no analysis stored for this version";
            }
            else
            {
                try
                {
                    analysis = DocumentJsonMapper.Deserialize(json);
                }
                catch (JsonException ex)
                {
                    problem = "stored analysis unreadable: " + ex.Message;
                }
            }

            if (analysis is null)
            {
                documents.Add(ScorecardBuilder.Unanalysed(version, problem!));
            }
            else
            {
                var (scorecard, rows) = builder.Build(version, analysis, decisions);
                documents.Add(scorecard);
                clauses.AddRange(rows);
                modelVersions.Add(scorecard.Citation.ModelVersion);
                analysisVersions.Add(scorecard.Citation.TosscanVersion);
            }

            manifestDocuments.Add(new ManifestDocument(version.Provider, version.Type.ToWireName(), version.Id, version.RetrievedAt.ToUniversalTime(), version.SnapshotSha256, version.TextSha256, analysis is not null));
        }

        var clausesByProvider = clauses.ToLookup(c => c.Citation.Provider, StringComparer.Ordinal);
        var scorecards = documents
            .GroupBy(d => d.Citation.Provider, StringComparer.Ordinal)
            .Select(g => builder.Combine(g.Key, [.. g], [.. clausesByProvider[g.Key]]))
            .ToList();
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
        return new ScanReport(manifest, scorecards, clauses);
    }
}
