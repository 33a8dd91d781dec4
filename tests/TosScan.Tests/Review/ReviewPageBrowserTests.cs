using System.Text.Json;
using PuppeteerSharp;
using TosScan.Tests.Cli;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Tests.Storage;
using static TosScan.Tests.Review.PageQueries;
using static TosScan.Tests.Review.ReviewTestSite;

namespace TosScan.Tests.Review;

/// <summary>The review screen end to end: a real store, the real server and headless Chromium.</summary>
public sealed class ReviewPageBrowserTests
{
    [Fact]
    public async Task Confirm_reject_relabel_and_add_are_kept_after_reload_and_restart_and_land_in_the_store_the_export_and_the_report()
    {
        await using var site = await StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GoToAsync(site.Server.Address.ToString());
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(Locate("a", Provider)));
        await page.ExpectTextAsync(Locate("h1"), Provider);
        await page.FillAsync(Locate("#reviewer"), "Ada Policy");

        // The flagged clause is shown in its section, between its neighbours, with the evidence marked.
        var ownership = Locate("article.clause", OwnershipClause);
        await page.ExpectTextAsync(ownership.Find("p.section"), "1. Your content");
        await page.ExpectTextAsync(ownership.Find("p.context"), OwnClause);
        await page.ExpectTextAsync(ownership.Find("p.context").Last, DeleteClause);
        await page.ExpectTextAsync(ownership.Find("p.text mark"), "forever");

        await page.FillAsync(ownership.Find("textarea.note"), "licence outlives deletion");
        await page.ClickAsync(ownership.Find("li.flag[data-label=content_ownership] button[data-decision=confirmed]"));
        await page.ExpectContainsTextAsync(ownership.Find("li.flag[data-label=content_ownership] .status"), "confirmed by Ada Policy");

        var marketing = Locate("article.clause:not(.unflagged)", MarketingClause);
        await page.ClickAsync(marketing.Find("li.flag[data-label=third_party_marketing] button[data-decision=rejected]"));
        await page.ExpectContainsTextAsync(marketing.Find("li.flag[data-label=third_party_marketing] .status"), "rejected by Ada Policy");

        var retention = Locate("article.clause", RetentionClause).Find("li.flag[data-label=indefinite_retention]");
        await page.ExpectAttributeAsync(retention, "data-state", "undecided");
        await page.SelectAsync(retention.Find("select.new-label"), "bounded_retention");
        await page.ClickAsync(retention.Find("button[data-decision=relabelled]"));
        await page.ExpectContainsTextAsync(retention.Find(".status"), "relabelled to bounded_retention by Ada Policy");

        // Flag a clause the model missed.
        await page.ClickAsync(Locate("details.missed summary"));
        var missed = Locate("article.clause.unflagged", OwnClause);
        await page.SelectAsync(missed.Find("select.add-label"), "protects_ownership");
        await page.ClickAsync(missed.Find("button[data-decision=added]"));
        await page.ExpectContainsTextAsync(missed.Find(".add-status"), "added by Ada Policy");

        // Crawled markup is shown as text and never runs.
        await page.ExpectCountAsync(Locate("article.clause.unflagged", "<script>window.pwned"), 1);
        Assert.Equal("undefined", await page.EvaluateExpressionAsync<string>("typeof window.pwned"));

        await page.ReloadAsync();
        await ExpectDecisionsShownAsync(page);

        await site.RestartAsync();
        await page.GoToAsync(site.ProviderPage.ToString());
        await ExpectDecisionsShownAsync(page);

        var decisions = await site.Store.GetDecisionsAsync(Provider, default);
        Assert.Equal(4, decisions.Count);
        var confirmed = Assert.Single(decisions, d => d.Decision == "confirmed");
        Assert.Equal(ClauseKeys.For(OwnershipClause), confirmed.ClauseKey);
        Assert.Equal(OwnershipClause, confirmed.ClauseText);
        Assert.Equal("content_ownership", confirmed.Label);
        Assert.Equal("Ada Policy", confirmed.Reviewer);
        Assert.Equal("licence outlives deletion", confirmed.Note);
        Assert.Equal(Now, confirmed.DecidedAt);
        Assert.Equal(DocumentType.TermsOfService, confirmed.Type);
        var rejected = Assert.Single(decisions, d => d.Decision == "rejected");
        Assert.Equal((ClauseKeys.For(MarketingClause), "third_party_marketing"), (rejected.ClauseKey, rejected.Label));
        var relabelled = Assert.Single(decisions, d => d.Decision == "relabelled");
        Assert.Equal((ClauseKeys.For(RetentionClause), "indefinite_retention", "bounded_retention"), (relabelled.ClauseKey, relabelled.Label, relabelled.NewLabel));
        var added = Assert.Single(decisions, d => d.Decision == "added");
        Assert.Equal((ClauseKeys.For(OwnClause), "protects_ownership"), (added.ClauseKey, added.Label));

        // The decisions grow the training corpus: confirmed, relabelled and added clauses as positives,
        // the rejected one as a negative (no label), so train --decisions learns from it.
        using var folder = new TempFolder();
        var export = folder.File("reviewed.jsonl");
        await site.Server.DisposeAsync();
        var run = await CliHarness.RunAsync(folder.Path, "review", "--db", site.DbPath, "--export", export);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = (await File.ReadAllLinesAsync(export)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([OwnershipClause, MarketingClause, RetentionClause, OwnClause], lines.Select(l => l.GetProperty("text").GetString()));
        Assert.Equal("content_ownership", lines[0].GetProperty("labels")[0].GetString());
        Assert.Equal(0, lines[1].GetProperty("labels").GetArrayLength() + lines[1].GetProperty("protective").GetArrayLength());
        Assert.Equal(0, lines[2].GetProperty("labels").GetArrayLength());
        Assert.Equal("bounded_retention", lines[2].GetProperty("protective")[0].GetString());
        Assert.Equal("protects_ownership", lines[3].GetProperty("protective")[0].GetString());

        // ... and show in the report: confirmed and added count, the rejected machine flag does not.
        var report = await CliHarness.RunAsync(folder.Path, "report", "--db", site.DbPath, "--out", "report");
        Assert.True(report.ExitCode == 0, report.Error);
        var rows = await File.ReadAllLinesAsync(Path.Combine(folder.Path, "report", "clauses.csv"));
        Assert.Single(rows, r => r.Contains(ClauseKeys.For(OwnershipClause), StringComparison.Ordinal)
            && r.Contains(",content_ownership,", StringComparison.Ordinal) && r.Contains(",confirmed,Ada Policy,true,", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains(ClauseKeys.For(MarketingClause), StringComparison.Ordinal)
            && r.Contains(",third_party_marketing,", StringComparison.Ordinal) && r.Contains(",rejected,Ada Policy,false,", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains(ClauseKeys.For(OwnClause), StringComparison.Ordinal)
            && r.Contains(",protects_ownership,", StringComparison.Ordinal) && r.Contains(",added,Ada Policy,true,", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains(ClauseKeys.For(RetentionClause), StringComparison.Ordinal)
            && r.Contains(",indefinite_retention,", StringComparison.Ordinal) && r.Contains(",relabelled,Ada Policy,false,", StringComparison.Ordinal));
    }

    private static async Task ExpectDecisionsShownAsync(IPage page)
    {
        var ownership = Locate("article.clause", OwnershipClause).Find("li.flag[data-label=content_ownership]");
        await page.ExpectAttributeAsync(ownership, "data-state", "confirmed");
        await page.ExpectTextAsync(ownership.Find(".status"), "confirmed by Ada Policy, 2026-11-29 09:30Z (note: licence outlives deletion)");

        var marketing = Locate("article.clause:not(.unflagged)", MarketingClause).Find("li.flag[data-label=third_party_marketing]");
        await page.ExpectAttributeAsync(marketing, "data-state", "rejected");
        await page.ExpectContainsTextAsync(marketing.Find(".status"), "rejected by Ada Policy");

        // The added flag now shows as a flagged clause of its own, and no longer among the unflagged ones.
        var added = Locate("article.clause:not(.unflagged)", OwnClause).Find("li.flag[data-label=protects_ownership]");
        await page.ExpectAttributeAsync(added, "data-state", "added");
        await page.ExpectTextAsync(added.Find(".why"), "added by a reviewer");
        await page.ExpectCountAsync(Locate("article.clause.unflagged", OwnClause), 0);

        var retention = Locate("article.clause", RetentionClause).Find("li.flag[data-label=indefinite_retention]");
        await page.ExpectAttributeAsync(retention, "data-state", "relabelled");
        await page.ExpectContainsTextAsync(retention.Find(".status"), "relabelled to bounded_retention by Ada Policy");
    }
}
