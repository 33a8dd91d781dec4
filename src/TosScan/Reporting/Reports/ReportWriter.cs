using TosScan.Reporting.Scorecards;
using TosScan.Storage;

namespace TosScan.Reporting.Reports;

/// <summary>
/// Writes the report files (<c>report.json</c>, <c>provider_scores.csv</c>, <c>clauses.csv</c>,
/// <c>report.md</c>, <c>report.html</c>) from what the store holds. <c>tosscan report</c> and the
/// end of <c>tosscan scan</c> both use it. Each file is written to a temporary name and moved into
/// place, so an interrupted run never leaves half a file.
/// </summary>
public sealed class ReportWriter
{
    private readonly IScanStore _store;
    private readonly IReviewStore? _reviews;
    private readonly TimeProvider _time;

    /// <param name="store">Where versions and analyses are read from.</param>
    /// <param name="reviews">Reviewers' decisions, or null to report machine flags only.</param>
    /// <param name="time">The clock for the manifest's generated-at time.</param>
    public ReportWriter(IScanStore store, IReviewStore? reviews, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _reviews, _time) = (store, reviews, time);
    }

    /// <summary>Builds the report without writing files.</summary>
    public Task<ScanReport> BuildAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ReportBuilder(_store, _reviews, GradeRules.Create(options.GradeRule)).BuildAsync(options.AsOf, options.Providers, options.Inputs, _time.GetUtcNow(), cancellationToken);
    }

    public async Task<ReportResult> WriteAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var report = await BuildAsync(options, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(options.OutputDirectory);
        var files = new List<string>();
        foreach (var (name, content) in new (string, Func<ScanReport, string>)[]
        {
            (ReportFiles.Json, ReportJsonFile.Write),
            (ReportFiles.ProviderScores, ProviderScoresCsv.Write),
            (ReportFiles.Clauses, ClausesCsv.Write),
            (ReportFiles.Markdown, MarkdownReport.Write),
            (ReportFiles.Html, HtmlReport.Write),
        })
        {
            var path = Path.GetFullPath(Path.Combine(options.OutputDirectory, name));
            await Files.AtomicFile.WriteAllTextAsync(path, content(report), cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }

        return new ReportResult(report, files);
    }
}
