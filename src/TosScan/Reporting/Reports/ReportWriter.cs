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

    /// <summary>Builds the report in memory without writing files (its clauses in a list).</summary>
    public Task<ScanReport> BuildAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Builder(options).BuildAsync(options.AsOf, options.Providers, options.Inputs, _time.GetUtcNow(), spill: null, cancellationToken);
    }

    /// <summary>
    /// Builds and writes the report. The clauses are kept in a scratch file, not in memory, and each
    /// file is written as it is read, so writing a report of any size takes about the memory of one
    /// provider. The result's clauses can be read until the process ends.
    /// </summary>
    public async Task<ReportResult> WriteAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var spill = new SpilledClauses();
        var report = await Builder(options).BuildAsync(options.AsOf, options.Providers, options.Inputs, _time.GetUtcNow(), spill, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(options.OutputDirectory);
        var files = new List<string>();
        foreach (var (name, write) in new (string, Func<ScanReport, TextWriter, CancellationToken, Task>)[]
        {
            (ReportFiles.Json, ReportJsonFile.WriteAsync),
            (ReportFiles.ProviderScores, ProviderScoresCsv.WriteAsync),
            (ReportFiles.Clauses, ClausesCsv.WriteAsync),
            (ReportFiles.Markdown, MarkdownReport.WriteAsync),
            (ReportFiles.Html, HtmlReport.WriteAsync),
        })
        {
            var path = Path.GetFullPath(Path.Combine(options.OutputDirectory, name));
            await Files.AtomicFile.WriteTextAsync(path, writer => write(report, writer, cancellationToken), cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }

        return new ReportResult(report, files);
    }

    private ReportBuilder Builder(ReportOptions options) => new(_store, _reviews, GradeRules.Create(options.GradeRule));
}
