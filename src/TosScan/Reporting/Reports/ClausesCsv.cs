using System.Text;
using TosScan.Reporting.Csv;
using static TosScan.Reporting.Reports.ReportText;

namespace TosScan.Reporting.Reports;

/// <summary><c>clauses.csv</c>: one row per label on a clause, machine or reviewer, kept or overruled.</summary>
internal static class ClausesCsv
{
    public static string Write(ScanReport report)
    {
        using var text = new StringWriter();
        WriteAsync(report, text, CancellationToken.None).GetAwaiter().GetResult();
        return text.ToString();
    }

    /// <summary>Writes the rows as they are read, so the clauses are never all in memory.</summary>
    public static async Task WriteAsync(ScanReport report, TextWriter output, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder();
        csv.Append(CsvCells.Line(
            "provider", "document_type", "clause_index", "label", "kind", "machine", "score", "threshold", "consent",
            "review_decision", "reviewer", "effective", "evidence", "reason", "note", "clause_text", "clause_key",
            "start", "end", "url", "retrieved_at", "snapshot_sha256", "version_id", "tosscan_version", "model_version", "reviewer_conflict")).Append('\n');
        foreach (var c in report.Clauses)
        {
            if (csv.Length > 1 << 16)
            {
                await output.WriteAsync(csv, cancellationToken).ConfigureAwait(false);
                csv.Clear();
            }

            csv.Append(CsvCells.Line(
                c.Citation.Provider, c.Citation.DocumentType, Number(c.ClauseIndex), c.Label, c.Kind, c.Machine ? "true" : "false",
                Number(c.Score, "0.####"), Number(c.Threshold, "0.####"), c.Consent, c.Decision, c.Reviewer, c.Effective ? "true" : "false",
                string.Join(" | ", c.Evidence.Select(e => e.Text)), c.Reason, c.Note, c.Text, c.ClauseKey,
                Number(c.Start), Number(c.End), c.Citation.Url, Time(c.Citation.RetrievedAt), c.Citation.SnapshotSha256,
                Number(c.Citation.VersionId), c.Citation.TosscanVersion, c.Citation.ModelVersion, c.Conflict)).Append('\n');
        }

        await output.WriteAsync(csv, cancellationToken).ConfigureAwait(false);
    }
}
