using System.Text.Json;
using TosScan.Tests.Cli;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Diffing;

/// <summary>
/// <c>tosscan diff &lt;old&gt; &lt;new&gt;</c> on the two recorded versions of Instagram's terms
/// (2022-07-11 and 2026-07-28, Open Terms Archive), through the CLI's own pipeline. The clauses
/// checked were found by reading both files.
/// </summary>
public sealed class InstagramHistoryDiffTests
{
    private static string Old => Path.Combine(SharedData.RealDocsHistory, "Instagram - Terms of Service - 2022-07-11.md");
    private static string New => Path.Combine(SharedData.RealDocsHistory, "Instagram - Terms of Service - 2026-07-28.md");

    private static readonly Lazy<Task<JsonElement>> Diff = new(async () =>
    {
        var run = await CliHarness.RunAsync(SharedData.RealDocsHistory, "diff", Old, New, "--type", "terms_of_service", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("diffs").EnumerateArray());
    });

    [SharedDataFact]
    public async Task The_ad_free_subscription_clause_only_in_2026_is_added()
    {
        var diff = await Diff.Value;
        Assert.Contains(
            "If you choose to subscribe to use Meta Products without ads, you won’t see ads from us and we do not use your data for ads.",
            Texts(diff, "added"));
        Assert.Contains(Texts(diff, "added"), t => t.StartsWith("“Business user” is defined under Article 2 paragraph (21) of Regulation (EU) 2022/1925", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task The_2022_ads_in_place_of_payment_clause_is_removed()
    {
        var diff = await Diff.Value;
        Assert.Contains(
            "Instead of paying to use Instagram, by using the Service covered by these Terms, you acknowledge that we can show you ads that businesses and organizations pay us to promote on and off the Meta Company Products.",
            Texts(diff, "removed"));
    }

    [SharedDataFact]
    public async Task The_no_selling_of_data_clause_that_gained_a_qualifier_is_changed_not_added_and_removed()
    {
        var diff = await Diff.Value;
        const string before = "You can’t sell, license, or purchase any account or data obtained from us or our Service.";
        var change = Assert.Single(
            diff.GetProperty("changed").EnumerateArray(),
            c => c.GetProperty("old").GetProperty("text").GetString()!.Contains(before, StringComparison.Ordinal));
        Assert.Contains("regardless of whether such data was obtained while logged-in to an Instagram account", change.GetProperty("new").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.InRange(change.GetProperty("similarity").GetDouble(), 0.5, 1.0);
        Assert.DoesNotContain(Texts(diff, "removed"), t => t.Contains(before, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task The_unchanged_content_licence_is_not_reported()
    {
        var diff = await Diff.Value;
        const string licence = "you hereby grant to us a non-exclusive, transferable, sub-licensable, worldwide license";
        Assert.DoesNotContain(Texts(diff, "added"), t => t.Contains(licence, StringComparison.Ordinal));
        Assert.DoesNotContain(Texts(diff, "removed"), t => t.Contains(licence, StringComparison.Ordinal));
        Assert.DoesNotContain(diff.GetProperty("changed").EnumerateArray(), c => c.GetProperty("new").GetProperty("text").GetString()!.Contains(licence, StringComparison.Ordinal));
        Assert.True(diff.GetProperty("unchanged_count").GetInt32() > 50);
    }

    [SharedDataFact]
    public async Task The_ad_free_subscription_clause_brings_a_no_marketing_sharing_flag()
    {
        // "we do not use your data for ads" denies the practice: LABELS.md's protective no_marketing_sharing.
        var diff = await Diff.Value;
        var flag = Assert.Single(
            diff.GetProperty("flags_appeared").EnumerateArray(),
            f => f.GetProperty("new_clause").GetProperty("text").GetString()!.StartsWith("If you choose to subscribe to use Meta Products without ads", StringComparison.Ordinal));
        Assert.Equal("no_marketing_sharing", flag.GetProperty("label").GetString());
        Assert.Equal("clause_added_or_removed", flag.GetProperty("cause").GetString());
        Assert.Equal(JsonValueKind.Null, flag.GetProperty("old_clause").ValueKind);
    }

    [SharedDataFact]
    public async Task The_reworded_no_selling_clause_reports_exactly_the_labels_it_gained_or_lost()
    {
        var diff = await Diff.Value;
        var change = Assert.Single(
            diff.GetProperty("changed").EnumerateArray(),
            c => c.GetProperty("old").GetProperty("text").GetString() == "We don’t sell your personal data.");
        Assert.Equal("We don't sell your information.", change.GetProperty("new").GetProperty("text").GetString());

        var oldLabels = Labels(change.GetProperty("old"));
        var newLabels = Labels(change.GetProperty("new"));
        var newIndex = change.GetProperty("new").GetProperty("index").GetInt32();
        var oldIndex = change.GetProperty("old").GetProperty("index").GetInt32();
        Assert.Equal(
            newLabels.Except(oldLabels).Order(StringComparer.Ordinal),
            diff.GetProperty("flags_appeared").EnumerateArray()
                .Where(f => f.GetProperty("new_clause").GetProperty("index").GetInt32() == newIndex)
                .Select(f => f.GetProperty("label").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(
            oldLabels.Except(newLabels).Order(StringComparer.Ordinal),
            diff.GetProperty("flags_disappeared").EnumerateArray()
                .Where(f => f.GetProperty("old_clause").GetProperty("index").GetInt32() == oldIndex)
                .Select(f => f.GetProperty("label").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(
            diff.GetProperty("flags_appeared").EnumerateArray().Where(f => f.GetProperty("new_clause").GetProperty("index").GetInt32() == newIndex),
            f => Assert.Equal("clause_changed", f.GetProperty("cause").GetString()));
    }

    [SharedDataFact]
    public async Task Every_flag_on_an_added_or_removed_clause_is_reported_as_appeared_or_disappeared()
    {
        var diff = await Diff.Value;
        var appeared = Flags(diff, "flags_appeared", "new_clause");
        var disappeared = Flags(diff, "flags_disappeared", "old_clause");

        foreach (var clause in diff.GetProperty("added").EnumerateArray())
        {
            foreach (var label in clause.GetProperty("labels").EnumerateArray())
            {
                Assert.Contains((label.GetString()!, clause.GetProperty("index").GetInt32()), appeared);
            }
        }

        foreach (var clause in diff.GetProperty("removed").EnumerateArray())
        {
            foreach (var label in clause.GetProperty("labels").EnumerateArray())
            {
                Assert.Contains((label.GetString()!, clause.GetProperty("index").GetInt32()), disappeared);
            }
        }

        Assert.NotEmpty(appeared);

        // Counts on each side add up: the new version's flags are the old ones plus appeared minus disappeared.
        var oldFlags = diff.GetProperty("old").GetProperty("flag_count").GetInt32();
        var newFlags = diff.GetProperty("new").GetProperty("flag_count").GetInt32();
        Assert.Equal(newFlags - oldFlags, appeared.Count - disappeared.Count);
    }

    private static string[] Labels(JsonElement clause) => [.. clause.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];

    private static List<string> Texts(JsonElement diff, string list) =>
        [.. diff.GetProperty(list).EnumerateArray().Select(c => c.GetProperty("text").GetString()!)];

    private static List<(string Label, int Clause)> Flags(JsonElement diff, string list, string side) =>
        [.. diff.GetProperty(list).EnumerateArray().Select(f => (f.GetProperty("label").GetString()!, f.GetProperty(side).GetProperty("index").GetInt32()))];
}
