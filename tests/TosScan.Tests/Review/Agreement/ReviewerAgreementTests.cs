using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Review.Agreement;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Review.Agreement;

/// <summary>Cohen's kappa between two reviewers, checked against figures worked out by hand.</summary>
public sealed class ReviewerAgreementTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Ten content_ownership flags judged by Ada and Bob:
    /// both kept 4, both rejected 3, Ada kept / Bob rejected 2, Ada rejected / Bob kept 1.
    /// Observed 7/10 = 0.7. Ada kept 6/10, Bob kept 5/10: chance = 0.6*0.5 + 0.4*0.5 = 0.5.
    /// Kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    /// Four indefinite_retention flags: (relabelled, relabelled), (relabelled, kept), (kept, kept), (kept, rejected).
    /// Observed 2/4 = 0.5. Ada: relabelled 0.5, kept 0.5; Bob: relabelled 0.25, kept 0.5, rejected 0.25:
    /// chance = 0.5*0.25 + 0.5*0.5 = 0.375. Kappa = 0.125 / 0.625 = 0.2.
    /// All 14 together: observed 9/14; Ada kept 8, rejected 4, relabelled 2; Bob kept 7, rejected 6, relabelled 1:
    /// chance = (8*7 + 4*6 + 2*1) / 196 = 82/196. Kappa = (126 - 82) / (196 - 82) = 44/114.
    /// </summary>
    internal static List<ReviewDecision> TwoReviewers()
    {
        var decisions = new List<ReviewDecision>();
        var minute = 0;
        string[] ada = ["confirmed", "confirmed", "confirmed", "confirmed", "rejected", "rejected", "rejected", "confirmed", "confirmed", "rejected"];
        string[] bob = ["confirmed", "confirmed", "confirmed", "confirmed", "rejected", "rejected", "rejected", "rejected", "rejected", "confirmed"];
        for (var i = 0; i < ada.Length; i++)
        {
            var clause = $"Ownership clause {i}: you grant us a licence to your posts.";
            decisions.Add(Decision(clause, "content_ownership", ada[i], "Ada", minute++));
            decisions.Add(Decision(clause, "content_ownership", bob[i], "Bob", minute++));
        }

        (string Ada, string Bob)[] retention = [("relabelled", "relabelled"), ("relabelled", "confirmed"), ("confirmed", "confirmed"), ("confirmed", "rejected")];
        for (var i = 0; i < retention.Length; i++)
        {
            var clause = $"Retention clause {i}: we keep your posts.";
            decisions.Add(Decision(clause, "indefinite_retention", retention[i].Ada, "Ada", minute++));
            decisions.Add(Decision(clause, "indefinite_retention", retention[i].Bob, "Bob", minute++));
        }

        // Ada first rejected the first ownership flag, then changed her mind: only her last word counts.
        decisions.Insert(0, Decision("Ownership clause 0: you grant us a licence to your posts.", "content_ownership", "rejected", "Ada", -5));

        // Judged by one reviewer only: counted as judged, not in any agreement figure.
        decisions.Add(Decision("We sell your email to advertisers.", "third_party_marketing", "confirmed", "Ada", minute++));
        return decisions;
    }

    [Fact]
    public void Kappa_per_label_and_over_all_labels_matches_the_hand_computed_figures()
    {
        var report = ReviewerAgreement.Compute(TwoReviewers());

        var ownership = Assert.Single(report.Pairs, p => p.Label == "content_ownership");
        Assert.Equal(("Ada", "Bob", 10, 7), (ownership.ReviewerA, ownership.ReviewerB, ownership.Flags, ownership.Agreed));
        Assert.Equal(0.5, ownership.Expected, 10);
        Assert.Equal(0.4, ownership.Kappa!.Value, 10);

        var retention = Assert.Single(report.Pairs, p => p.Label == "indefinite_retention");
        Assert.Equal((4, 2), (retention.Flags, retention.Agreed));
        Assert.Equal(0.375, retention.Expected, 10);
        Assert.Equal(0.2, retention.Kappa!.Value, 10);

        var all = Assert.Single(report.Pairs, p => p.Label == AgreementReport.AllLabels);
        Assert.Equal((14, 9), (all.Flags, all.Agreed));
        Assert.Equal(44.0 / 114.0, all.Kappa!.Value, 10);

        Assert.DoesNotContain(report.Pairs, p => p.Label == "third_party_marketing");
        Assert.Equal((15, 14), (report.FlagsJudged, report.FlagsJudgedByTwo));
        Assert.Equal(5, report.Disagreements.Count);
        Assert.Contains(report.Disagreements, d => d.Describe() == "Ada: relabelled to bounded_retention; Bob: kept");
    }

    [Fact]
    public void Kappa_is_not_given_when_both_reviewers_used_one_and_the_same_outcome()
    {
        List<ReviewDecision> decisions =
        [
            Decision("A.", "content_ownership", "confirmed", "Ada", 1),
            Decision("A.", "content_ownership", "confirmed", "Bob", 2),
            Decision("B.", "content_ownership", "confirmed", "Ada", 3),
            Decision("B.", "content_ownership", "confirmed", "Bob", 4),
        ];

        var pair = Assert.Single(ReviewerAgreement.Compute(decisions).Pairs, p => p.Label == "content_ownership");

        Assert.Equal(1.0, pair.Observed);
        Assert.Null(pair.Kappa);
        Assert.Equal("n/a (one outcome only)", AgreementText.Kappa(pair.Kappa));
    }

    [Fact]
    public async Task Review_agreement_prints_the_table_and_the_disagreements()
    {
        using var folder = new TempFolder();
        var db = folder.File("agreement.db");
        await using (var store = await SqliteScanStore.OpenAsync(db, new FakeTimeProvider(T0), default))
        {
            foreach (var decision in TwoReviewers())
            {
                await store.AddDecisionAsync(decision, default);
            }
        }

        var run = await CliHarness.RunAsync(folder.Path, "review", "--db", db, "--agreement");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("content_ownership", StringComparison.Ordinal) && l.Contains("Ada / Bob", StringComparison.Ordinal) && l.Contains("70.0%", StringComparison.Ordinal) && l.TrimEnd().EndsWith("0.40", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("indefinite_retention", StringComparison.Ordinal) && l.TrimEnd().EndsWith("0.20", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("all labels", StringComparison.Ordinal) && l.TrimEnd().EndsWith("0.39", StringComparison.Ordinal));
        Assert.Contains("15 flags have a decision; 14 were judged by two or more reviewers, 5 of them differently.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Ada: relabelled to bounded_retention; Bob: kept; grade uses Bob's", run.Out, StringComparison.Ordinal);
    }

    private static ReviewDecision Decision(string clause, string label, string decision, string reviewer, int minutes) =>
        new("Chirpy", DocumentType.TermsOfService, ClauseKeys.For(clause), clause, label, decision, decision == "relabelled" ? "bounded_retention" : null, reviewer, null, T0.AddMinutes(minutes));
}
