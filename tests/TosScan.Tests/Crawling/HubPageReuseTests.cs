using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A home page that links only to "Legal": the hub is fetched to look for better links, and when
/// it is itself the document, the fetch reuses that response instead of asking the site again.
/// </summary>
public sealed class HubPageReuseTests
{
    private const string Terms = """
        <html><head><title>Legal</title></head><body><h1>Terms of Service</h1>
        <p>By using the service you agree to these terms. We may change these terms at any time and will tell you by email.</p>
        <p>You keep ownership of your content, and you grant us a licence to host and show it while your account exists.</p>
        <p>See also our <a href="/privacy-policy">Privacy Policy</a>.</p>
        </body></html>
        """;

    private const string Privacy = """
        <html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1>
        <p>We keep your messages until you delete your account, and backups for thirty days after that.</p>
        <p>We do not sell your personal data to advertisers or data brokers under any circumstances.</p>
        </body></html>
        """;

    [Fact]
    public async Task A_hub_that_is_the_document_is_fetched_once()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<html><body><h1>Welcome</h1><footer><a href='/about'>About</a> <a href='/legal'>Legal</a></footer></body></html>")
            .Html("/legal", Terms)
            .Html("/privacy-policy", Privacy);
        await using var crawler = CrawlerFixture.Create();

        var located = await crawler.Locator.LocateAsync(new ProviderEntry("Example", site.BaseUri, null, null, 2), CancellationToken.None);
        var outcomes = new List<FetchOutcome>();
        foreach (var target in located.Targets)
        {
            outcomes.Add(await crawler.Fetcher.FetchAsync(target, CancellationToken.None));
        }

        Assert.Equal(site.Url("/legal"), located.Targets.Single(t => t.Type == DocumentType.TermsOfService).Location);
        Assert.Equal(site.Url("/privacy-policy"), located.Targets.Single(t => t.Type == DocumentType.PrivacyPolicy).Location);
        Assert.All(outcomes, o => Assert.Equal(FetchStatus.Found, o.Record.Status));
        Assert.Contains("By using the service", System.Text.Encoding.UTF8.GetString(outcomes.Single(o => o.Record.Type == DocumentType.TermsOfService).Content!.Bytes.Span), StringComparison.Ordinal);
        Assert.Equal(1, site.Count("/legal"));
        Assert.Equal(["/robots.txt", "/", "/legal", "/privacy-policy"], site.Paths);
    }

    [Fact]
    public async Task A_hub_chosen_for_both_documents_is_fetched_once()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<html><body><h1>Welcome</h1><footer><a href='/legal'>Privacy and Terms</a></footer></body></html>")
            .Html("/legal", "<html><body><h1>Privacy and Terms</h1><p>Our terms and our privacy policy are both on this page. We may change them at any time. We keep your data for a year.</p></body></html>");
        await using var crawler = CrawlerFixture.Create(o => { o.ProbeWellKnownPaths = false; o.ReadSitemaps = false; });

        var located = await crawler.Locator.LocateAsync(new ProviderEntry("Example", site.BaseUri, null, null, 2), CancellationToken.None);
        Assert.Equal([site.Url("/legal"), site.Url("/legal")], located.Targets.Select(t => t.Location));
        foreach (var target in located.Targets)
        {
            var outcome = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);
            Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        }

        Assert.Equal(1, site.Count("/legal"));
    }
}
