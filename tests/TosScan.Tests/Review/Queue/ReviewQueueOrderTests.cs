using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Reporting.Reports;
using TosScan.Review;
using TosScan.Review.Queue;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Review.Queue;

/// <summary>The queue's orders and filters, on documents stored in a real SQLite file and read back as the server reads them.</summary>
public sealed class ReviewQueueOrderTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    private const string Far = "We may use anything you post for any purpose, forever.";
    private const string Near = "We share your email with marketing partners.";
    private const string Nearest = "Partners may receive your device identifiers for offers.";
    private const string Middle = "Advertisers can see your profile to target offers.";
    private const string Plain = "You can close your account whenever you like and we will say goodbye.";

    private readonly TempFolder _folder = new();
    private SqliteScanStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteScanStore.OpenAsync(_folder.File("queue.db"), new FakeTimeProvider(Now), default);

        // One ownership flag far above its threshold (the only one of its label, established), three
        // marketing flags near theirs (borderline under grade-rule v2, so each moves the score little).
        // About 60 words, no readability.
        await AnalysedVersions.SaveAsync(_store, new DocumentBuilder("Chirpy", DocumentType.TermsOfService)
            .Heading("Terms")
            .Paragraph(Far, Near, Nearest, Middle, Plain)
            .Flag(Far, "content_ownership", "forever", score: 0.97, threshold: 0.43)
            .Flag(Near, "third_party_marketing", "marketing partners", score: 0.47, threshold: 0.50)
            .Flag(Nearest, "third_party_marketing", "offers", score: 0.51, threshold: 0.50)
            .Flag(Middle, "third_party_marketing", "Advertisers", score: 0.70, threshold: 0.50)
            .Build(Now.AddDays(-1)));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Least_certain_order_follows_the_distance_of_the_score_from_the_threshold()
    {
        var queue = await QueueAsync(QueueView.Default);

        // Distances: Nearest 0.01, Near 0.03, Middle 0.20, Far 0.54 (document order is Far, Near, Nearest, Middle).
        Assert.Equal([Nearest, Near, Middle, Far], queue.Items.Select(i => i.Card.Clause.Text));
        Assert.Equal([0.01, 0.03, 0.20, 0.54], queue.Items.Select(i => Math.Round(i.Distance!.Value, 2)));
    }

    [Fact]
    public async Task A_flag_a_reviewer_added_has_no_score_and_comes_last()
    {
        await _store.AddDecisionAsync(new ReviewDecision("Chirpy", DocumentType.TermsOfService, ClauseKeys.For(Plain), Plain, "protects_ownership", "added", null, "Ada", null, Now), default);

        var queue = await QueueAsync(QueueView.Default with { State = QueueView.All });

        Assert.Equal([Nearest, Near, Middle, Far, Plain], queue.Items.Select(i => i.Card.Clause.Text));
        Assert.Null(queue.Items[^1].Distance);
        Assert.Equal((5, 1), (queue.Flags, queue.Reviewed));
    }

    [Fact]
    public async Task Grade_impact_order_puts_first_the_flag_whose_rejection_changes_the_letter_and_the_next_report_agrees()
    {
        var queue = await QueueAsync(QueueView.Default with { Order = QueueView.GradeImpact });

        var first = queue.Items[0];
        Assert.Equal((Far, "content_ownership"), (first.Card.Clause.Text, first.Label));
        Assert.True(first.Effect!.ChangesLetter);
        Assert.StartsWith($"Rejecting this flag moves Chirpy from {first.Effect.Letter} to {first.Effect.LetterOtherwise} (", first.Effect.Describe(), StringComparison.Ordinal);
        Assert.All(queue.Items.Skip(1), i => Assert.False(i.Effect!.ChangesLetter));
        // The other three leave the letter as it is and follow by how far they move the score.
        var points = queue.Items.Skip(1).Select(i => i.Effect!.Points).ToList();
        Assert.Equal(points.OrderDescending(), points);
        Assert.True(points[0] > 0, "a borderline marketing flag still moves the score a little");

        // The report, not the queue, is the judge: reject the flag and the letter moves as the queue said.
        var writer = new ReportWriter(_store, _store, new FakeTimeProvider(Now));
        Assert.Equal(first.Effect.Letter, (await writer.BuildAsync(new ReportOptions { OutputDirectory = _folder.File("r1") }, default)).Providers.Single().Grade!.Letter);
        await _store.AddDecisionAsync(new ReviewDecision("Chirpy", DocumentType.TermsOfService, first.Card.ClauseKey, Far, "content_ownership", "rejected", null, "Ada", null, Now), default);
        Assert.Equal(first.Effect.LetterOtherwise, (await writer.BuildAsync(new ReportOptions { OutputDirectory = _folder.File("r2") }, default)).Providers.Single().Grade!.Letter);

        // Now rejected, the flag would move the letter back if restored.
        var after = await QueueAsync(QueueView.Default with { Order = QueueView.GradeImpact, State = QueueView.Reviewed });
        Assert.StartsWith($"Restoring this flag moves Chirpy from {first.Effect.LetterOtherwise} to {first.Effect.Letter} (", Assert.Single(after.Items).Effect!.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_reaches_every_clause_with_the_same_words_and_the_effect_counts_them_all()
    {
        // The same ownership sentence twice, both flagged: one decision (filed under the clause key)
        // covers both, so only rejecting the two together gives back the presence penalty.
        // About 30 words: the established licence costs its penalty and the density cap; with none counted, 100, A.
        const string twice = "We may use anything you post for any purpose, forever.";
        await AnalysedVersions.SaveAsync(_store, new DocumentBuilder("Hoot", DocumentType.TermsOfService)
            .Paragraph(twice, "You can close your account whenever you like and we will say goodbye to you.")
            .Paragraph(twice)
            .Flag(twice, "content_ownership", "forever", score: 0.9, threshold: 0.43)
            .Flag(twice, "content_ownership", "forever", score: 0.9, threshold: 0.43)
            .Build(Now));

        var queue = await QueueAsync(QueueView.Default with { Provider = "Hoot", Order = QueueView.GradeImpact });

        Assert.Equal(2, queue.Items.Count);
        Assert.All(queue.Items, i => Assert.Equal(("C", "A"), (i.Effect!.Letter, i.Effect.LetterOtherwise)));
        await _store.AddDecisionAsync(new ReviewDecision("Hoot", DocumentType.TermsOfService, ClauseKeys.For(twice), twice, "content_ownership", "rejected", null, "Ada", null, Now), default);
        var report = await new ReportWriter(_store, _store, new FakeTimeProvider(Now)).BuildAsync(new ReportOptions { OutputDirectory = _folder.File("r"), Providers = ["Hoot"] }, default);
        Assert.Equal("A", report.Providers.Single().Grade!.Letter);
    }

    [Fact]
    public async Task Filters_by_provider_label_score_range_and_reviewed_state()
    {
        await AnalysedVersions.SaveAsync(_store, new DocumentBuilder("Hoot", DocumentType.PrivacyPolicy)
            .Paragraph("We keep your messages indefinitely.")
            .Flag("We keep your messages indefinitely.", "indefinite_retention", "indefinitely", score: 0.49, threshold: 0.33)
            .Build(Now));
        await _store.AddDecisionAsync(new ReviewDecision("Chirpy", DocumentType.TermsOfService, ClauseKeys.For(Near), Near, "third_party_marketing", "confirmed", null, "Ada", null, Now), default);

        Assert.Equal(5, (await QueueAsync(QueueView.Default with { State = QueueView.All })).Items.Count);
        Assert.Equal(["We keep your messages indefinitely."], (await QueueAsync(QueueView.Default with { Provider = "Hoot" })).Items.Select(i => i.Card.Clause.Text));
        Assert.Equal([Nearest, Middle], (await QueueAsync(QueueView.Default with { Label = "third_party_marketing" })).Items.Select(i => i.Card.Clause.Text));
        Assert.Equal([Near], (await QueueAsync(QueueView.Default with { State = QueueView.Reviewed })).Items.Select(i => i.Card.Clause.Text));
        Assert.Equal([Nearest, Middle], (await QueueAsync(QueueView.Default with { MinScore = 0.5, MaxScore = 0.9 })).Items.Select(i => i.Card.Clause.Text));
    }

    [Fact]
    public void The_view_is_read_from_the_query_string_and_written_back_to_it()
    {
        var problems = new List<string>();
        var view = QueueView.Parse(Query(("provider", "Hoot & Co"), ("label", "indefinite_retention"), ("min", "0.4"), ("max", "0.6"), ("state", "all"), ("order", "impact"), ("at", "3")), problems);

        Assert.Empty(problems);
        Assert.Equal(new QueueView("Hoot & Co", "indefinite_retention", 0.4, 0.6, "all", "impact", 3), view);
        Assert.Equal("provider=Hoot%20%26%20Co&label=indefinite_retention&min=0.4&max=0.6&state=all&order=impact", view.ToQuery());

        var bad = QueueView.Parse(Query(("label", "<script>"), ("min", "2"), ("state", "done"), ("order", "random")), problems);
        Assert.Equal(QueueView.Default, bad);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void The_relabel_menu_offers_the_counterpart_first_and_never_the_label_itself()
    {
        Assert.Equal(["protects_ownership", "indefinite_retention", "third_party_marketing", "bounded_retention", "no_marketing_sharing"], ReviewLabels.RelabelChoices("content_ownership"));
        Assert.Equal("indefinite_retention", ReviewLabels.RelabelChoices("bounded_retention")[0]);
        Assert.All(ReviewLabels.All, l => Assert.DoesNotContain(l, ReviewLabels.RelabelChoices(l)));
        Assert.Equal(['1', '2', '3', '4', '5', '6'], ReviewLabels.All.Select(ReviewLabels.KeyOf));
    }

    private async Task<ReviewQueue> QueueAsync(QueueView view)
    {
        var contents = await new ReviewCatalog(_store).LoadAsync(null, default);
        var decisions = await _store.GetDecisionsAsync(null, default);
        return ReviewQueueBuilder.Build(contents.Documents, decisions, view);
    }

    private static QueryCollection Query(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}
