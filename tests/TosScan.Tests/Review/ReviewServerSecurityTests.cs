using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TosScan.Documents;
using TosScan.Review;
using TosScan.Storage;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;
using static TosScan.Tests.Review.ReviewTestSite;

namespace TosScan.Tests.Review;

/// <summary>The review server over real HTTP: Host check, anti-forgery token, escaping, validation.</summary>
public sealed partial class ReviewServerSecurityTests : IAsyncLifetime, IDisposable
{
    private ReviewTestSite _site = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _site = await StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    public async Task A_request_naming_another_host_is_refused_with_400(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _site.Server.Address);
        request.Headers.Host = host.Replace("{port}", _site.Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Provider, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    public async Task The_page_is_served_to_this_servers_own_names(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _site.Server.Address);
        request.Headers.Host = $"{name}:{_site.Server.Address.Port}";
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Provider, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_listens_on_127_0_0_1_only()
    {
        Assert.Equal("127.0.0.1", _site.Server.Address.Host);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://[::1]:{_site.Server.Address.Port}/"));
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.SendAsync(request));
    }

    [Fact]
    public async Task A_change_without_the_token_is_refused_and_nothing_is_saved()
    {
        using var response = await _http.PostAsync(new Uri(_site.Server.Address, "api/decisions"), DecisionBody(OwnershipClause, "content_ownership", "confirmed"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _site.Store.GetDecisionsAsync(null, default));
    }

    [Fact]
    public async Task A_change_with_a_wrong_token_is_refused()
    {
        var token = await TokenAsync();
        using var request = Post(DecisionBody(OwnershipClause, "content_ownership", "confirmed"), token[..^1] + (token[^1] == 'A' ? 'B' : 'A'));
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _site.Store.GetDecisionsAsync(null, default));
    }

    [Fact]
    public async Task A_change_from_another_origin_is_refused_even_with_the_token()
    {
        using var request = Post(DecisionBody(OwnershipClause, "content_ownership", "confirmed"), await TokenAsync());
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _site.Store.GetDecisionsAsync(null, default));
    }

    [Fact]
    public async Task A_change_with_the_token_is_saved_with_the_clause_text_from_the_store_and_the_injected_time()
    {
        using var request = Post(DecisionBody(RetentionClause, "indefinite_retention", "relabelled", newLabel: "bounded_retention", note: "90 days per section 3"), await TokenAsync());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var saved = Assert.Single(await _site.Store.GetDecisionsAsync(Provider, default));
        Assert.Equal(RetentionClause, saved.ClauseText);
        Assert.Equal("relabelled", saved.Decision);
        Assert.Equal("bounded_retention", saved.NewLabel);
        Assert.Equal("Grace Reviewer", saved.Reviewer);
        Assert.Equal(Now, saved.DecidedAt);
        Assert.Equal("90 days per section 3", saved.Note);
    }

    [Theory]
    [InlineData("confirmed", "not_a_label", null)]
    [InlineData("approved", "content_ownership", null)]
    [InlineData("relabelled", "content_ownership", null)]
    [InlineData("relabelled", "content_ownership", "content_ownership")]
    public async Task An_invalid_decision_is_refused_with_400(string decision, string label, string? newLabel)
    {
        using var request = Post(DecisionBody(OwnershipClause, label, decision, newLabel), await TokenAsync());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _site.Store.GetDecisionsAsync(null, default));
    }

    [Fact]
    public async Task Confirming_a_label_the_clause_does_not_carry_is_refused_but_adding_it_is_allowed()
    {
        var token = await TokenAsync();
        using (var confirm = Post(DecisionBody(OwnershipClause, "indefinite_retention", "confirmed"), token))
        using (var response = await _http.SendAsync(confirm))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("no indefinite_retention flag to confirm", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var add = Post(DecisionBody(OwnershipClause, "indefinite_retention", "added"), token))
        using (var response = await _http.SendAsync(add))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Once added, the reviewer's own flag can be confirmed or rejected like the model's.
        using (var reject = Post(DecisionBody(OwnershipClause, "indefinite_retention", "rejected"), token))
        using (var response = await _http.SendAsync(reject))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(["added", "rejected"], (await _site.Store.GetDecisionsAsync(Provider, default)).Select(d => d.Decision));
    }

    [Fact]
    public async Task A_decision_survives_a_rescan_that_moves_and_reflows_the_clause()
    {
        using (var request = Post(DecisionBody(OwnershipClause, "content_ownership", "confirmed"), await TokenAsync()))
        using (var response = await _http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The provider rewrites its terms: new preamble, the clause now in another section, with other line breaks.
        const string moved = "We may use anything you post for any purpose,\n  forever, including in our ads.";
        var rescan = new DocumentBuilder(Provider, DocumentType.TermsOfService)
            .Paragraph("Welcome to the new Chirpy terms.")
            .Heading("7. Licence")
            .Paragraph(moved)
            .Flag(moved, "content_ownership", "forever")
            .Build(Now.AddDays(30));
        var version = await AnalysedVersions.SaveAsync(_site.Store, rescan);
        Assert.Equal(version.Id, Assert.Single(await _site.Store.GetCurrentVersionsAsync(null, default)).Id);

        var page = await _http.GetStringAsync(_site.ProviderPage);
        Assert.Contains("<p class=\"section\">7. Licence</p>", page, StringComparison.Ordinal);
        Assert.Contains("<li class=\"flag\" data-label=\"content_ownership\" data-state=\"confirmed\">", page, StringComparison.Ordinal);
        Assert.Contains("confirmed by Grace Reviewer, 2026-11-29 09:30Z", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_provider_page_links_to_the_next_provider()
    {
        await AnalysedVersions.SaveAsync(_site.Store, new DocumentBuilder("Hoot & Co", DocumentType.TermsOfService).Paragraph("We keep logs forever.").Build(Now));

        var chirpy = await _http.GetStringAsync(_site.ProviderPage);
        Assert.Contains("<a class=\"next\" href=\"/provider?name=Hoot%20%26%20Co\">Next provider: Hoot &amp; Co &rarr;</a>", chirpy, StringComparison.Ordinal);
        var hoot = await _http.GetStringAsync(new Uri(_site.Server.Address, "provider?name=Hoot%20%26%20Co"));
        Assert.Contains("<h1>Hoot &amp; Co</h1>", hoot, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"next\"", hoot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_on_a_clause_that_is_not_in_the_current_version_is_refused_with_404()
    {
        using var request = Post(DecisionBody("A clause this provider never wrote.", "content_ownership", "added"), await TokenAsync());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await _site.Store.GetDecisionsAsync(null, default));
    }

    [Fact]
    public async Task Crawled_markup_and_a_hostile_provider_name_are_escaped()
    {
        const string hostileProvider = "Evil<b onmouseover=alert(1)>&Co";
        var document = new DocumentBuilder(hostileProvider, DocumentType.PrivacyPolicy)
            .Heading("<h1>Heading</h1>")
            .Paragraph("We may keep your data </p><script>alert(1)</script> indefinitely.")
            .Flag("We may keep your data </p><script>alert(1)</script> indefinitely.", "indefinite_retention", "<script>alert(1)</script>")
            .Build(Now);
        await AnalysedVersions.SaveAsync(_site.Store, document);

        var index = await _http.GetStringAsync(_site.Server.Address);
        Assert.Contains("Evil&lt;b onmouseover=alert(1)&gt;&amp;Co", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", index, StringComparison.Ordinal);

        var page = await _http.GetStringAsync(new Uri(_site.Server.Address, "provider?name=" + Uri.EscapeDataString(hostileProvider)));
        Assert.Contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;h1&gt;Heading&lt;/h1&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("</p><script>", page, StringComparison.Ordinal);

        // The only script on the page is ours, and the browser is told to run nothing else.
        Assert.Single(ScriptTag().Matches(page));
    }

    [Fact]
    public async Task Pages_forbid_foreign_scripts_framing_and_sniffing()
    {
        using var response = await _http.GetAsync(_site.ProviderPage);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'nonce-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("GET", "queue")]
    [InlineData("GET", "queue?provider=Chirpy&order=impact&state=all")]
    [InlineData("POST", "api/decisions/undo")]
    public async Task The_queue_and_undo_refuse_a_request_naming_another_host(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_site.Server.Address, path));
        request.Headers.Host = "evil.example:" + _site.Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add(RequestGuard.TokenHeader, await TokenAsync());
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Provider, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_needs_the_token_and_our_origin_and_only_takes_back_a_decision_made_on_this_screen()
    {
        var token = await TokenAsync();
        long id;
        using (var request = Post(DecisionBody(OwnershipClause, "content_ownership", "confirmed"), token))
        using (var response = await _http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        }

        // Without the token, or from another site, nothing is removed.
        using (var response = await _http.PostAsync(new Uri(_site.Server.Address, "api/decisions/undo"), UndoBody(id)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var request = Undo(id, token))
        {
            request.Headers.Add("Origin", "http://evil.example");
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Single(await _site.Store.GetDecisionsAsync(null, default));

        // A decision this server did not save (another session's, straight in the store) cannot be undone here.
        var other = await _site.Store.AddDecisionAsync(new ReviewDecision(Provider, DocumentType.TermsOfService, ClauseKeys.For(RetentionClause), RetentionClause, "indefinite_retention", "rejected", null, "Other Session", null, Now), default);
        using (var request = Undo(other.Id, token))
        using (var response = await _http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var request = Undo(id, token))
        using (var response = await _http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("undecided", body.GetProperty("state").GetString());
            Assert.Equal("not reviewed", body.GetProperty("status").GetString());
        }

        Assert.Equal([other.Id], (await _site.Store.GetDecisionsAsync(null, default)).Select(d => d.Id));
        using (var request = Undo(id, token))
        using (var response = await _http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_queue_escapes_crawled_markup_a_hostile_provider_and_the_view_and_runs_only_its_own_script()
    {
        const string hostileProvider = "Evil<b onmouseover=alert(1)>&Co";
        await AnalysedVersions.SaveAsync(_site.Store, new DocumentBuilder(hostileProvider, DocumentType.PrivacyPolicy)
            .Heading("<h1>Heading</h1>")
            .Paragraph("We may keep your data </p><script>alert(1)</script> indefinitely.")
            .Flag("We may keep your data </p><script>alert(1)</script> indefinitely.", "indefinite_retention", "<script>alert(1)</script>")
            .Build(Now));

        using var response = await _http.GetAsync(new Uri(_site.Server.Address, "queue?state=all&provider=" + Uri.EscapeDataString(hostileProvider) + "&label=%3Cscript%3E"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'nonce-", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;h1&gt;Heading&lt;/h1&gt;", page, StringComparison.Ordinal);
        Assert.Contains("data-provider=\"Evil&lt;b onmouseover=alert(1)&gt;&amp;Co\"", page, StringComparison.Ordinal);
        Assert.Contains("label &#39;&lt;script&gt;&#39; is not one of", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Single(ScriptTag().Matches(page));
    }

    private async Task<string> TokenAsync()
    {
        var page = await _http.GetStringAsync(_site.ProviderPage);
        return TokenMeta().Match(page).Groups[1].Value;
    }

    private HttpRequestMessage Post(HttpContent body, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_site.Server.Address, "api/decisions")) { Content = body };
        request.Headers.Add(RequestGuard.TokenHeader, token);
        return request;
    }

    private HttpRequestMessage Undo(long id, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_site.Server.Address, "api/decisions/undo")) { Content = UndoBody(id) };
        request.Headers.Add(RequestGuard.TokenHeader, token);
        return request;
    }

    private static StringContent UndoBody(long id) =>
        new(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, long> { ["id"] = id }), Encoding.UTF8, "application/json");

    private static StringContent DecisionBody(string clause, string label, string decision, string? newLabel = null, string? note = null) =>
        new(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["provider"] = Provider,
            ["type"] = "terms_of_service",
            ["clause_key"] = ClauseKeys.For(clause),
            ["label"] = label,
            ["decision"] = decision,
            ["new_label"] = newLabel,
            ["reviewer"] = "Grace Reviewer",
            ["note"] = note,
        }), Encoding.UTF8, "application/json");

    [GeneratedRegex("<meta name=\"review-token\" content=\"([^\"]+)\">")]
    private static partial Regex TokenMeta();

    [GeneratedRegex("<script")]
    private static partial Regex ScriptTag();
}
