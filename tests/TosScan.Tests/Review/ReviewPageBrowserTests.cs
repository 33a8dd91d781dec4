using System.Text.Json;
using Microsoft.Playwright;
using TosScan.Tests.Cli;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Tests.Storage;
using static Microsoft.Playwright.Assertions;
using static TosScan.Tests.Review.ReviewTestSite;

namespace TosScan.Tests.Review;

/// <summary>The review screen end to end: a real store, the real server and headless Chromium.</summary>
public sealed class ReviewPageBrowserTests
{
    [Fact]
    public async Task Confirm_reject_relabel_and_add_are_kept_after_reload_and_restart_and_land_in_the_store_the_export_and_the_report()
    {
        await using var site = await StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(site.Server.Address.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = Provider }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Provider);
        await page.FillAsync("#reviewer", "Ada Policy");

        // The flagged clause is shown in its section, between its neighbours, with the evidence marked.
        var ownership = page.Locator("article.clause", new() { HasText = OwnershipClause });
        await Expect(ownership.Locator("p.section")).ToHaveTextAsync("1. Your content");
        await Expect(ownership.Locator("p.context").First).ToHaveTextAsync(OwnClause);
        await Expect(ownership.Locator("p.context").Last).ToHaveTextAsync(DeleteClause);
        await Expect(ownership.Locator("p.text mark")).ToHaveTextAsync("forever");

        await ownership.Locator("textarea.note").FillAsync("licence outlives deletion");
        await ownership.Locator("li.flag[data-label=content_ownership] button[data-decision=confirmed]").ClickAsync();
        await Expect(ownership.Locator("li.flag[data-label=content_ownership] .status")).ToContainTextAsync("confirmed by Ada Policy");

        var marketing = page.Locator("article.clause:not(.unflagged)", new() { HasText = MarketingClause });
        await marketing.Locator("li.flag[data-label=third_party_marketing] button[data-decision=rejected]").ClickAsync();
        await Expect(marketing.Locator("li.flag[data-label=third_party_marketing] .status")).ToContainTextAsync("rejected by Ada Policy");

        var retention = page.Locator("article.clause", new() { HasText = RetentionClause }).Locator("li.flag[data-label=indefinite_retention]");
        await Expect(retention).ToHaveAttributeAsync("data-state", "undecided");
        await retention.Locator("select.new-label").SelectOptionAsync("bounded_retention");
        await retention.Locator("button[data-decision=relabelled]").ClickAsync();
        await Expect(retention.Locator(".status")).ToContainTextAsync("relabelled to bounded_retention by Ada Policy");

        // Flag a clause the model missed.
        await page.Locator("details.missed summary").ClickAsync();
        var missed = page.Locator("article.clause.unflagged", new() { HasText = OwnClause });
        await missed.Locator("select.add-label").SelectOptionAsync("protects_ownership");
        await missed.Locator("button[data-decision=added]").ClickAsync();
        await Expect(missed.Locator(".add-status")).ToContainTextAsync("added by Ada Policy");

        // Crawled markup is shown as text and never runs.
        await Expect(page.Locator("article.clause.unflagged", new() { HasText = "<script>window.pwned" })).ToHaveCountAsync(1);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.pwned"));

        await page.ReloadAsync();
        await ExpectDecisionsShownAsync(page);

        await site.RestartAsync();
        await page.GotoAsync(site.ProviderPage.ToString());
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

        // The decisions grow the training corpus: confirmed, relabelled and added clauses, not the rejected one.
        using var folder = new TempFolder();
        var export = folder.File("reviewed.jsonl");
        await site.Server.DisposeAsync();
        var run = await CliHarness.RunAsync(folder.Path, "review", "--db", site.DbPath, "--export", export);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = (await File.ReadAllLinesAsync(export)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([OwnershipClause, RetentionClause, OwnClause], lines.Select(l => l.GetProperty("text").GetString()));
        Assert.Equal("content_ownership", lines[0].GetProperty("labels")[0].GetString());
        Assert.Equal(0, lines[1].GetProperty("labels").GetArrayLength());
        Assert.Equal("bounded_retention", lines[1].GetProperty("protective")[0].GetString());
        Assert.Equal("protects_ownership", lines[2].GetProperty("protective")[0].GetString());

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
        var ownership = page.Locator("article.clause", new() { HasText = OwnershipClause }).Locator("li.flag[data-label=content_ownership]");
        await Expect(ownership).ToHaveAttributeAsync("data-state", "confirmed");
        await Expect(ownership.Locator(".status")).ToHaveTextAsync("confirmed by Ada Policy, 2026-11-29 09:30Z (note: licence outlives deletion)");

        var marketing = page.Locator("article.clause:not(.unflagged)", new() { HasText = MarketingClause }).Locator("li.flag[data-label=third_party_marketing]");
        await Expect(marketing).ToHaveAttributeAsync("data-state", "rejected");
        await Expect(marketing.Locator(".status")).ToContainTextAsync("rejected by Ada Policy");

        // The added flag now shows as a flagged clause of its own, and no longer among the unflagged ones.
        var added = page.Locator("article.clause:not(.unflagged)", new() { HasText = OwnClause }).Locator("li.flag[data-label=protects_ownership]");
        await Expect(added).ToHaveAttributeAsync("data-state", "added");
        await Expect(added.Locator(".why")).ToHaveTextAsync("added by a reviewer");
        await Expect(page.Locator("article.clause.unflagged", new() { HasText = OwnClause })).ToHaveCountAsync(0);

        var retention = page.Locator("article.clause", new() { HasText = RetentionClause }).Locator("li.flag[data-label=indefinite_retention]");
        await Expect(retention).ToHaveAttributeAsync("data-state", "relabelled");
        await Expect(retention.Locator(".status")).ToContainTextAsync("relabelled to bounded_retention by Ada Policy");
    }
}
