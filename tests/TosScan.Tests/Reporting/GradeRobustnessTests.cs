using Microsoft.Extensions.Time.Testing;
using TosScan.Reporting.Reports;
using TosScan.Reporting.Scorecards;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Reporting;

/// <summary>
/// grade-rule v2 on a real scan of the bundled corpus (real extractor, segmenter, classifier and
/// report): no single borderline flag decides a provider's letter.
/// </summary>
public sealed class GradeRobustnessTests
{
    /// <summary>Flags scored at or above this are sure enough that removing one may move a letter.</summary>
    private const double Borderline = 0.9;

    [Fact]
    public async Task Removing_any_single_unreviewed_flag_scored_below_0_9_changes_no_providers_letter()
    {
        using var folder = new TempFolder();
        var db = folder.File("corpus.db");
        var scan = await CliHarness.RunAsync(folder.Path, "scan", RepoPaths.ProvidersCsv, "--out", folder.File("out"), "--db", db);
        Assert.True(scan.ExitCode is 0 or 1, scan.Error);

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var store = await SqliteScanStore.OpenAsync(db, time, default);
        var report = await new ReportWriter(store, store, time).BuildAsync(new ReportOptions { OutputDirectory = folder.File("report") }, default);
        var rule = new GradeRuleV2();
        var tried = 0;
        foreach (var provider in report.Providers.Where(p => p.Grade is not null))
        {
            var rows = report.Clauses.Where(c => c.Citation.Provider == provider.Provider).ToList();
            var inputs = new GradeInputs(provider.Labels, provider.Words, provider.FleschKincaidGrade) { Evidence = GradeEvidence.From(rows) };

            // The test's own path reproduces the report's grade, so what it removes is what the report counted.
            Assert.Equal(provider.Grade!.Score, rule.Compute(inputs).Score);
            Assert.Equal("grade-rule v2", provider.Grade.Rule);

            foreach (var flag in rows.Where(r => r.Machine && r.Effective && r.Decision is null && r.Score < Borderline))
            {
                tried++;
                var without = rule.Compute(inputs with { Evidence = GradeEvidence.From(rows.Where(r => !ReferenceEquals(r, flag))) });
                Assert.True(
                    without.Letter == provider.Grade.Letter,
                    $"{provider.Provider}: removing the {flag.Label} flag scored {flag.Score:0.00} on \"{flag.Text}\" moves {provider.Grade.Letter} ({provider.Grade.Score}) to {without.Letter} ({without.Score})");
            }
        }

        // The corpus has borderline flags; a test that removed none would prove nothing.
        Assert.True(tried >= 5, $"only {tried} borderline flags in the bundled corpus");
    }
}
