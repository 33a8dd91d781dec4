using System.Net;
using TosScan.Documents;
using TosScan.Storage;
using static TosScan.Tests.Review.ReviewTestSite;

namespace TosScan.Tests.Review.Queue;

/// <summary>The queue page over real HTTP: conflicts marked, the agreement panel, and a view kept in the address.</summary>
public sealed class QueuePageTests : IAsyncLifetime, IDisposable
{
    private ReviewTestSite _site = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _site = await StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_conflict_is_marked_on_the_flag_and_listed_in_the_agreement_panel_with_kappa()
    {
        // Ada and Bob agree on the ownership and marketing flags, disagree on the retention flag; Bob is newer.
        await Decide(OwnershipClause, "content_ownership", "confirmed", "Ada", 1);
        await Decide(OwnershipClause, "content_ownership", "confirmed", "Bob", 2);
        await Decide(MarketingClause, "third_party_marketing", "rejected", "Ada", 3);
        await Decide(MarketingClause, "third_party_marketing", "rejected", "Bob", 4);
        await Decide(RetentionClause, "indefinite_retention", "confirmed", "Ada", 5);
        await Decide(RetentionClause, "indefinite_retention", "rejected", "Bob", 6);

        using var response = await _http.GetAsync(new Uri(_site.Server.Address, "queue?state=conflict"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();

        // Only the conflicting flag is in the conflict view, marked, with the newest decision named.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<article class=\"clause queue-item\""));
        Assert.Contains("data-label=\"indefinite_retention\" data-state=\"rejected\"", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"conflict\">Reviewers disagree: Ada: kept; Bob: rejected. The grade uses the newest decision (Bob's).</p>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"conflict\" selected>conflict</option>", page, StringComparison.Ordinal);
        Assert.Contains("data-query=\"state=conflict&amp;order=uncertain\"", page, StringComparison.Ordinal);

        // Three flags both judged, two the same way. Ada: kept 2, rejected 1; Bob: kept 1, rejected 2.
        // Chance = (2*1 + 1*2) / 9 = 4/9; kappa = (6/9 - 4/9) / (5/9) = 0.4. On retention alone: observed 0, chance 1*0 + 0*1 = 0, kappa 0.
        Assert.Contains("<tr><td>all labels</td><td>Ada and Bob</td><td>3</td><td>2 (67%)</td><td>0.40</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><td>indefinite_retention</td><td>Ada and Bob</td><td>1</td><td>0 (0%)</td><td>0.00</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("3 flags have a decision; 3 were judged by two or more reviewers, 1 of them differently.", page, StringComparison.Ordinal);
        Assert.Contains("<li>Chirpy terms_of_service, indefinite_retention: Ada: kept; Bob: rejected", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_models_the_queue_says_it_does_not_know_how_many_decisions_are_new()
    {
        var page = await _http.GetStringAsync(new Uri(_site.Server.Address, "queue"));

        Assert.Contains("Decisions since the models were trained: unknown (no models folder given).", page, StringComparison.Ordinal);
        Assert.Contains("Reviewed 0 of 3 in this view, 3 left &#183; content_ownership 0/1 &#183; indefinite_retention 0/1 &#183; third_party_marketing 0/1", page, StringComparison.Ordinal);
    }

    private Task<ReviewDecision> Decide(string clause, string label, string decision, string reviewer, int minutes) =>
        _site.Store.AddDecisionAsync(new ReviewDecision(Provider, DocumentType.TermsOfService, ClauseKeys.For(clause), clause, label, decision, null, reviewer, null, Now.AddMinutes(minutes)), default);
}
