namespace TosScan.Reporting.Reports;

/// <summary>The names of the files a report consists of.</summary>
public static class ReportFiles
{
    public const string Json = "report.json";
    public const string ProviderScores = "provider_scores.csv";
    public const string Clauses = "clauses.csv";
    public const string Markdown = "report.md";
    public const string Html = "report.html";
}

/// <summary>What <see cref="ReportWriter.WriteAsync"/> wrote.</summary>
/// <param name="Report">The report the files show.</param>
/// <param name="Files">Full paths of the files written.</param>
public sealed record ReportResult(ScanReport Report, IReadOnlyList<string> Files);
