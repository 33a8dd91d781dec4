using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Tests.Cli;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Review.PageQueries;

namespace TosScan.Tests.Review.Queue;

/// <summary>
/// The review queue end to end: a real store, the real server and headless Chromium driven by the
/// keyboard alone; then the store, the export and the next report are checked. With
/// TOSSCAN_WRITE_SCREENSHOTS=1 the screenshot goes to docs/review-queue.png (the one the docs show).
/// </summary>
public sealed class ReviewQueueBrowserTests
{
    private const string Provider = "Murmur";
    private const string Reviewer = "default-reviewer";
    private static readonly DateTimeOffset Now = ReviewTestSite.Now;
    private static readonly string[] Labels = ["content_ownership", "indefinite_retention", "third_party_marketing"];

    /// <summary>The relabel key of each risk label's protective counterpart (4-6 in the key table).</summary>
    private static readonly Dictionary<string, string> CounterpartKey = new()
    {
        ["content_ownership"] = "4",
        ["indefinite_retention"] = "5",
        ["third_party_marketing"] = "6",
    };

    private static readonly Dictionary<string, string> CounterpartLabel = new()
    {
        ["content_ownership"] = "protects_ownership",
        ["indefinite_retention"] = "bounded_retention",
        ["third_party_marketing"] = "no_marketing_sharing",
    };

    /// <summary>Rule i carries label i mod 3, scored 0.01 + 0.02 * (7i mod 20) above a 0.5 threshold.</summary>
    private static string Clause(int i) => (i % 3) switch
    {
        0 => $"Rule {i}: we may use what you post for any purpose, forever.",
        1 => $"Rule {i}: we keep copies of deleted posts indefinitely.",
        _ => $"Rule {i}: we share your contact details with marketing partners.",
    };

    private static double Score(int i) => 0.51 + (0.02 * (i * 7 % 20));

    /// <summary>The least-certain order: position r holds rule 3r mod 20 (3 is 7's inverse mod 20).</summary>
    private static int RuleAt(int position) => position * 3 % 20;

    private static Document Murmur()
    {
        var builder = new DocumentBuilder(Provider, DocumentType.PrivacyPolicy);
        for (var section = 0; section < 4; section++)
        {
            builder.Heading($"{section + 1}. Part {section + 1}").Paragraph([.. Enumerable.Range(section * 5, 5).Select(Clause)]);
        }

        for (var i = 0; i < 20; i++)
        {
            var evidence = (i % 3) switch { 0 => "forever", 1 => "indefinitely", _ => "marketing partners" };
            builder.Flag(Clause(i), Labels[i % 3], evidence, score: Score(i), threshold: 0.5);
        }

        return builder.Build(Now.AddDays(-2));
    }

    /// <summary>The committed manifest with a training time a day before the session.</summary>
    private static void TrainedYesterday(string models)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "models", "manifest.json")))!.AsObject();
        manifest["trained_at"] = Now.AddDays(-1).ToString("O", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(models, "manifest.json"), manifest.ToJsonString());
    }

    [Fact]
    public async Task Twenty_flags_reviewed_by_keyboard_alone_reach_the_store_the_export_and_the_next_report()
    {
        await using var site = await ReviewTestSite.StartAsync([Murmur()], TrainedYesterday);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 860 });

        await page.GoToAsync(new Uri(site.Server.Address, "queue?provider=" + Provider).ToString());
        await page.ExpectTextAsync(Locate("h1"), "Review queue");
        await page.ExpectTextAsync(Locate("#progress"), "Reviewed 0 of 20 in this view, 20 left · content_ownership 0/7 · indefinite_retention 0/7 · third_party_marketing 0/6");
        await page.ExpectContainsTextAsync(Locate(".since-training"), "0 decisions since the models were last trained (2026-11-28 09:30Z)");
        await page.ExpectContainsTextAsync(Locate("aside.keys"), "undo your last decision on this screen");

        // One flag at a time, least certain first, its evidence marked, the counterpart offered first.
        await ExpectShownAsync(page, 0);
        var first = Locate("article.queue-item:not([hidden])");
        await page.ExpectContainsTextAsync(first.Find("p.text"), Clause(RuleAt(0)));
        await page.ExpectTextAsync(first.Find("p.text mark"), "forever");
        await page.ExpectContainsTextAsync(first.Find(".why"), "score 0.51 (threshold 0.50, 0.01 away)");
        await page.ExpectTextAsync(first.Find("ul.relabel li"), "4 protects_ownership");
        await page.ExpectCountAsync(Locate("article.queue-item[hidden]"), 19);

        // Positions 0-5 confirmed, with a note on position 3 typed after n and kept with Enter.
        for (var position = 0; position < 6; position++)
        {
            if (position == 3)
            {
                await page.Keyboard.PressAsync("n");
                await page.ExpectAsync("document.activeElement?.id === 'note'", "the note field to have the focus after n");
                await page.Keyboard.TypeAsync("licence outlives deletion");
                await page.Keyboard.PressAsync("Enter");
                await page.ExpectAsync("document.activeElement?.id !== 'note'", "Enter to leave the note field");
            }

            await DecideAsync(page, "c", position);
        }

        for (var position = 6; position < 10; position++)
        {
            await DecideAsync(page, "x", position);
        }

        // Relabel to the protective counterpart with its number key.
        for (var position = 10; position < 13; position++)
        {
            await DecideAsync(page, CounterpartKey[Labels[RuleAt(position) % 3]], position);
        }

        // Confirm, then undo: the flag is shown again, undecided, and the confirm is gone from the store.
        await DecideAsync(page, "c", 13);
        Assert.Equal(14, (await site.Store.GetDecisionsAsync(Provider, default)).Count);
        await page.Keyboard.PressAsync("u");
        await ExpectShownAsync(page, 13);
        await page.ExpectAttributeAsync(Locate("article.queue-item[data-index='13']"), "data-state", "undecided");
        await page.ExpectContainsTextAsync(Locate("#message"), "undone; now not reviewed");
        await page.ExpectContainsTextAsync(Locate("#progress"), "Reviewed 13 of 20 in this view, 7 left");
        await page.ExpectTextAsync(Locate("#since-count"), "13");
        Assert.Equal(13, (await site.Store.GetDecisionsAsync(Provider, default)).Count);
        await DecideAsync(page, "x", 13);

        await WriteScreenshotAsync(page);

        // Skip 14, confirm 15, come back with k to reject 14, then on with j.
        await page.Keyboard.PressAsync("s");
        await ExpectShownAsync(page, 15);
        await DecideAsync(page, "c", 15);
        await page.Keyboard.PressAsync("k");
        await ExpectShownAsync(page, 15);
        await page.Keyboard.PressAsync("ArrowLeft");
        await ExpectShownAsync(page, 14);
        await DecideAsync(page, "x", 14);
        await ExpectShownAsync(page, 15);
        await page.Keyboard.PressAsync("j");
        await ExpectShownAsync(page, 16);
        for (var position = 16; position < 19; position++)
        {
            await DecideAsync(page, "c", position);
        }

        // The last flag: relabel to another risk label (key 1-3, not its own).
        var lastLabel = Labels[RuleAt(19) % 3];
        var otherRisk = lastLabel == "content_ownership" ? "indefinite_retention" : "content_ownership";
        await page.Keyboard.PressAsync(otherRisk == "content_ownership" ? "1" : "2");
        await page.ExpectAttributeAsync(Locate("article.queue-item[data-index='19']"), "data-state", "relabelled");

        await page.ExpectTextAsync(Locate("#progress"), "Reviewed 20 of 20 in this view, 0 left · content_ownership 7/7 · indefinite_retention 7/7 · third_party_marketing 6/6");
        Assert.Contains("at=19", page.Url, StringComparison.Ordinal);
        await page.ExpectTextAsync(Locate("#since-count"), "20");
        await page.ExpectTextAsync(Locate("#overall-reviewed"), "20");

        // The address keeps the view: a shared link opens the same flag with its decision.
        await page.GoToAsync(new Uri(site.Server.Address, $"queue?provider={Provider}&state=all&order=uncertain&at=3").ToString());
        await ExpectShownAsync(page, 3);
        await page.ExpectContainsTextAsync(Locate("article.queue-item[data-index='3'] .status"), $"confirmed by {Reviewer}, 2026-11-29 09:30Z (note: licence outlives deletion)");
        await page.ExpectContainsTextAsync(Locate(".since-training"), "20 decisions since the models were last trained");
        await page.GoToAsync(new Uri(site.Server.Address, "queue?provider=" + Provider).ToString());
        await page.ExpectContainsTextAsync(Locate("p.empty"), "No flag in this view");

        // The store: 20 decisions, the undone confirm gone, the note on the right clause.
        var decisions = await site.Store.GetDecisionsAsync(Provider, default);
        Assert.Equal(20, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(Reviewer, d.Reviewer));
        Assert.Equal(20, decisions.Select(d => d.ClauseKey).Distinct().Count());
        Assert.Equal((10, 6, 4), (decisions.Count(d => d.Decision == "confirmed"), decisions.Count(d => d.Decision == "rejected"), decisions.Count(d => d.Decision == "relabelled")));
        Assert.Equal("licence outlives deletion", Assert.Single(decisions, d => d.Note is not null).Note);
        Assert.Equal(ClauseKeys.For(Clause(RuleAt(3))), Assert.Single(decisions, d => d.Note is not null).ClauseKey);
        Assert.Equal("rejected", Assert.Single(decisions, d => d.ClauseKey == ClauseKeys.For(Clause(RuleAt(13)))).Decision);
        for (var position = 10; position < 13; position++)
        {
            var relabelled = Assert.Single(decisions, d => d.ClauseKey == ClauseKeys.For(Clause(RuleAt(position))));
            Assert.Equal(("relabelled", CounterpartLabel[Labels[RuleAt(position) % 3]]), (relabelled.Decision, relabelled.NewLabel));
        }

        Assert.Equal(otherRisk, Assert.Single(decisions, d => d.ClauseKey == ClauseKeys.For(Clause(RuleAt(19)))).NewLabel);

        // The export: one training line per clause; rejected ones with no label.
        await site.Server.DisposeAsync();
        var folder = site.Folder;
        var run = await CliHarness.RunAsync(folder.Path, "review", "--db", site.DbPath, "--export", "reviewed.jsonl");
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = (await File.ReadAllLinesAsync(folder.File("reviewed.jsonl"))).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(20, lines.Count);
        Assert.Equal(6, lines.Count(l => l.GetProperty("labels").GetArrayLength() + l.GetProperty("protective").GetArrayLength() == 0));
        Assert.Equal(3, lines.Count(l => l.GetProperty("protective").GetArrayLength() == 1));
        var noted = lines.Single(l => l.GetProperty("text").GetString() == Clause(RuleAt(3)));
        Assert.Equal(Labels[RuleAt(3) % 3], noted.GetProperty("labels")[0].GetString());

        // The next report: every flag checked by a person.
        var report = await CliHarness.RunAsync(folder.Path, "report", "--db", site.DbPath, "--out", "report1");
        Assert.True(report.ExitCode == 0, report.Error);
        var markdown = await File.ReadAllTextAsync(folder.File(Path.Combine("report1", "report.md")));
        Assert.Contains("| 20 of 20 flags checked by a person; none by two reviewers |", markdown, StringComparison.Ordinal);

        // A second reviewer checks four of the flags later: agrees on two, disagrees on two.
        site.Time.Advance(TimeSpan.FromHours(1));
        // Grace confirms two flags the first reviewer confirmed and two they rejected.
        foreach (var d in decisions.Where(d => d.Decision == "confirmed").Take(2).Concat(decisions.Where(d => d.Decision == "rejected").Take(2)))
        {
            await site.Store.AddDecisionAsync(d with { Id = 0, Decision = "confirmed", Reviewer = "Grace", Note = null, DecidedAt = site.Time.GetUtcNow() }, default);
        }

        var again = await CliHarness.RunAsync(folder.Path, "report", "--db", site.DbPath, "--out", "report2");
        Assert.True(again.ExitCode == 0, again.Error);
        markdown = await File.ReadAllTextAsync(folder.File(Path.Combine("report2", "report.md")));
        // (Markdown cells escape brackets and hyphens.)
        Assert.Contains(@"| 20 of 20 flags checked by a person; 4 by two reviewers, who agreed on 2 \(50%\), 2 conflicts \(newest decision used\) |", markdown, StringComparison.Ordinal);
        Assert.Contains("- 2 flags judged differently by two reviewers: the newest decision counts: 0", markdown, StringComparison.Ordinal);
        Assert.Contains(@"confirmed \(reviewers disagree: default\-reviewer: rejected; Grace: kept; newest decision used\)", markdown, StringComparison.Ordinal);
        var scores = await File.ReadAllLinesAsync(folder.File(Path.Combine("report2", "provider_scores.csv")));
        Assert.EndsWith(",20,20,4,2,2", scores.Single(l => l.StartsWith(Provider + ",all,", StringComparison.Ordinal)), StringComparison.Ordinal);

        var agreement = await CliHarness.RunAsync(folder.Path, "review", "--db", site.DbPath, "--agreement");
        Assert.True(agreement.ExitCode == 0, agreement.Error);
        Assert.Contains("20 flags have a decision; 4 were judged by two or more reviewers, 2 of them differently.", agreement.Out, StringComparison.Ordinal);
    }

    /// <summary>Presses a decision key on the flag at <paramref name="position"/> and waits for it to be saved and the queue to move on.</summary>
    private static async Task DecideAsync(IPage page, string key, int position)
    {
        await ExpectShownAsync(page, position);
        await page.Keyboard.PressAsync(key);
        await page.ExpectAsync($"document.querySelector(\"article.queue-item[data-index='{position}']\").dataset.state !== 'undecided'", $"flag {position} to be decided after '{key}'");
        if (position < 19)
        {
            await ExpectShownAsync(page, position + 1);
        }
    }

    private static Task ExpectShownAsync(IPage page, int position) =>
        page.ExpectAsync(
            $"[...document.querySelectorAll('article.queue-item:not([hidden])')].map(e => e.dataset.index).join() === '{position}'",
            $"flag {position} (and only it) to be shown");

    private static async Task WriteScreenshotAsync(IPage page)
    {
        var path = Environment.GetEnvironmentVariable("TOSSCAN_WRITE_SCREENSHOTS") == "1"
            ? Path.Combine(RepoPaths.Root, "docs", "review-queue.png")
            : Path.Combine(Path.GetTempPath(), $"tosscan-review-queue-{Guid.NewGuid():N}.png");
        try
        {
            await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = false });
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.Length > 10_000, $"the screenshot {path} is only {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        finally
        {
            if (!path.StartsWith(RepoPaths.Root, StringComparison.Ordinal))
            {
                File.Delete(path);
            }
        }
    }
}
