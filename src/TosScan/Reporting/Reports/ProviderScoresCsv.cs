using System.Text;
using TosScan.Reporting.Csv;
using TosScan.Reporting.Scorecards;
using static TosScan.Reporting.Reports.ReportText;

namespace TosScan.Reporting.Reports;

/// <summary>
/// <c>provider_scores.csv</c>: one row per provider (<c>document_type</c> = <c>all</c>, citation
/// columns listing every document it combines) followed by one row per document.
/// </summary>
internal static class ProviderScoresCsv
{
    private static readonly string[] Audiences = ["children", "young_people", "parents"];

    /// <summary>One row per provider and document: small, so built whole.</summary>
    public static Task WriteAsync(ScanReport report, TextWriter output, CancellationToken cancellationToken) =>
        output.WriteAsync(Write(report).AsMemory(), cancellationToken);

    public static string Write(ScanReport report)
    {
        var csv = new StringBuilder();
        string[] header =
        [
            "provider", "document_type", "grade", "score", "grade_rule", "risk_flags", "protective_clauses", "words", "risk_flags_per_1000_words",
            .. Labels.All, "machine_risk_flags", "confirmed_risk_flags", "rejected_risk_flags", "added_risk_flags",
            "flesch_kincaid_grade", "flesch_reading_ease", "readability_mode", .. Audiences.Select(a => "suitability_" + a), "readability_note",
            "url", "retrieved_at", "snapshot_sha256", "text_sha256", "version_id", "tosscan_version", "model_version", "not_graded_reason", "problem",
            // Added last so readers that index columns keep working: which documents no classifier read.
            "not_checked",
            // grade-rule v2: the grade's interval ("C-E", best to worst) and the score's 5th-95th
            // percentiles; near-identical flags counted once. Empty under v1.
            "grade_interval", "score_low", "score_high", "merged_duplicates",
            // Then beside each grade: how many of its flags a person checked, and agreement where two did.
            "flags", "flags_checked", "flags_checked_by_two", "reviewers_agreed", "reviewer_conflicts",
        ];
        csv.Append(CsvCells.Line(header)).Append('\n');
        foreach (var provider in report.Providers)
        {
            var docs = provider.Documents;
            csv.Append(CsvCells.Line(
            [
                provider.Provider, "all", provider.Grade?.Letter, Number(provider.Grade?.Score), provider.Grade?.Rule ?? report.Manifest.GradeRule,
                .. FlagCells(provider.RiskFlags, provider.ProtectiveClauses, provider.Words, CheckedWords(provider), provider.Labels, CountsNotChecked(provider) is not null),
                Number(provider.FleschKincaidGrade), string.Empty, string.Empty, .. Audiences.Select(_ => string.Empty),
                provider.FleschKincaidGrade is null ? "not scored" : "word-weighted over scored documents",
                Join(docs, c => c.Url), Join(docs, c => Time(c.RetrievedAt)), Join(docs, c => c.SnapshotSha256), Join(docs, c => c.TextSha256),
                Join(docs, c => Number(c.VersionId)), Distinct(docs, c => c.TosscanVersion), Distinct(docs, c => c.ModelVersion),
                provider.NotGradedReason,
                null,
                provider.NotChecked,
                .. IntervalCells(provider.Grade),
                .. ReviewCells(provider.Review),
            ])).Append('\n');

            foreach (var doc in docs)
            {
                var r = doc.Readability;
                csv.Append(CsvCells.Line(
                [
                    provider.Provider, doc.Citation.DocumentType, doc.Grade?.Letter, Number(doc.Grade?.Score), doc.Grade?.Rule ?? report.Manifest.GradeRule,
                    .. FlagCells(doc.RiskFlags, doc.ProtectiveClauses, doc.Words, doc.Words, doc.Labels, doc.NotChecked is not null),
                    Number(r.FleschKincaidGrade), Number(r.FleschReadingEase), r.Mode,
                    .. Audiences.Select(a => r.Suitability.FirstOrDefault(s => s.Audience == a)?.Verdict ?? (r.Scored ? string.Empty : "not scored")),
                    r.Scored ? Note(r.LanguageFigures, r.VerdictNote) : r.NotScoredReason,
                    doc.Citation.Url, Time(doc.Citation.RetrievedAt), doc.Citation.SnapshotSha256, doc.Citation.TextSha256, Number(doc.Citation.VersionId),
                    doc.Citation.TosscanVersion, doc.Citation.ModelVersion, doc.NotGradedReason, doc.Problem, doc.NotChecked,
                    .. IntervalCells(doc.Grade),
                    .. ReviewCells(doc.Review),
                ])).Append('\n');
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// risk_flags .. added_risk_flags: the counts, or empty cells when nothing was checked (a 0 would
    /// read as clean; not_checked says why). Words are counted either way; the density is over the
    /// words checked, so unchecked documents do not dilute it.
    /// </summary>
    private static IEnumerable<string> FlagCells(int risk, int protective, int words, int checkedWords, IReadOnlyList<LabelTally> labels, bool notChecked)
    {
        if (notChecked)
        {
            return [string.Empty, string.Empty, Number(words), string.Empty, .. Counts(labels).Select(_ => string.Empty)];
        }

        return [Number(risk), Number(protective), Number(words), PerThousandWords(risk, checkedWords), .. Counts(labels)];
    }

    private static IEnumerable<string> Counts(IReadOnlyList<LabelTally> labels)
    {
        foreach (var label in Labels.All)
        {
            yield return Number(labels.FirstOrDefault(t => t.Label == label)?.Effective ?? 0);
        }

        var risks = labels.Where(t => t.Kind == Labels.Risk).ToList();
        yield return Number(risks.Sum(t => t.Machine));
        yield return Number(risks.Sum(t => t.Confirmed));
        yield return Number(risks.Sum(t => t.Rejected));
        yield return Number(risks.Sum(t => t.Added));
    }

    private static string?[] IntervalCells(Grade? grade) => grade?.Interval is { } i
        ? [i.HighLetter + "-" + i.LowLetter, Number(i.Low), Number(i.High), Number(grade.MergedDuplicates)]
        : [null, null, null, null];

    private static IEnumerable<string> ReviewCells(ReviewCoverage? review) => review is null
        ? [string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]
        : [Number(review.Flags), Number(review.Checked), Number(review.CheckedByTwo), Number(review.Agreed), Number(review.Conflicts)];

    private static string Join(IReadOnlyList<DocumentScorecard> docs, Func<Citation, string> field) =>
        string.Join(" ; ", docs.Select(d => field(d.Citation)));

    private static string Distinct(IReadOnlyList<DocumentScorecard> docs, Func<Citation, string> field) =>
        string.Join(" ; ", docs.Select(d => field(d.Citation)).Distinct(StringComparer.Ordinal));

    /// <summary>A scored document's note: another language's figures and, when it has no verdict, why.</summary>
    private static string? Note(string? figures, string? verdictNote) =>
        figures is null ? verdictNote : verdictNote is null ? figures : figures + "; " + verdictNote;
}
