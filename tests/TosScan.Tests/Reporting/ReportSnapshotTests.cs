using Snapshooter;
using Snapshooter.Xunit;
using TosScan.Pipeline;
using TosScan.Reporting;
using TosScan.Reporting.Reports;

namespace TosScan.Tests.Reporting;

/// <summary>
/// The Markdown and CSV files of the fixed scenario, compared with the committed snapshots in
/// __snapshots__. The clock is fake and the store's ids and times are fixed, so only a change in
/// the output changes them; the TosScan version is masked so a version bump does not.
/// </summary>
public sealed class ReportSnapshotTests
{
    private static async Task<string> WriteAsync(string file)
    {
        await using var scenario = await ReportScenario.CreateAsync();
        var output = scenario.Folder.File("out");
        await new ReportWriter(scenario.Store, scenario.Store, scenario.Time).WriteAsync(new ReportOptions { OutputDirectory = output, Inputs = ["db=scan.db"] }, default);
        var text = await File.ReadAllTextAsync(Path.Combine(output, file));
        return text.Replace(TosScanVersion.Current, "<tosscan-version>", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_report_matches_the_snapshot()
    {
        var name = Snapshot.FullName();
        Snapshot.Match(await WriteAsync(ReportFiles.Markdown), name);
    }

    [Fact]
    public async Task Provider_scores_csv_matches_the_snapshot()
    {
        var name = Snapshot.FullName();
        Snapshot.Match(await WriteAsync(ReportFiles.ProviderScores), name);
    }

    [Fact]
    public async Task Clauses_csv_matches_the_snapshot()
    {
        var name = Snapshot.FullName();
        Snapshot.Match(await WriteAsync(ReportFiles.Clauses), name);
    }
}
