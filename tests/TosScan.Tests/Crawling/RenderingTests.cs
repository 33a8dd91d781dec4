using System.Text;
using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>
/// Script-built policies rendered with headless Chromium (Debian's /usr/bin/chromium, driven by
/// PuppeteerSharp). CI installs the browser; without it these tests say so and pass nothing off as done.
/// </summary>
public sealed class RenderingTests
{
    private const string Shell = """
        <html><head><title>Privacy</title><script src="/app.js"></script></head>
        <body><div id="root">Loading…</div></body></html>
        """;

    private const string App = """
        document.addEventListener('DOMContentLoaded', async () => {
          const response = await fetch('/api/policy.json');
          const policy = await response.json();
          const root = document.getElementById('root');
          root.innerHTML = '<h1>' + policy.title + '</h1>' + policy.paragraphs.map(p => '<p>' + p + '</p>').join('');
        });
        """;

    private const string Json = """
        {"title": "Privacy Policy", "paragraphs": [
          "We keep your messages until you delete your account, and backups for thirty days after that.",
          "We do not sell your personal data to advertisers or data brokers under any circumstances."]}
        """;

    [Fact]
    public async Task A_script_built_policy_is_rendered_and_its_requests_go_through_the_crawler()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.Fail("SKIPPED: /usr/bin/chromium is absent; install it with 'apt-get install -y chromium' (CI's .ci/run does) to run the rendering test.");
        }

        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Shell)
            .Text("/app.js", "application/javascript", App)
            .Text("/api/policy.json", "application/json", Json)
            .Text("/tracker.png", "image/png", "not an image");
        await using var crawler = CrawlerFixture.Create(o => o.RenderScripts = true);

        var outcome = await crawler.Fetcher.FetchAsync(new DocumentTarget("Example", DocumentType.PrivacyPolicy, site.Url("/privacy"), FoundBy.Explicit), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        var html = Encoding.UTF8.GetString(outcome.Content!.Bytes.Span);
        Assert.Contains("<h1>Privacy Policy</h1>", html, StringComparison.Ordinal);
        Assert.Contains("We do not sell your personal data", html, StringComparison.Ordinal);
        Assert.Equal("text/html", outcome.Content.MediaType);
        Assert.Equal(Hashing.Sha256Hex(outcome.Content.Bytes.Span), outcome.Record.SnapshotSha256);
        Assert.Contains("\"x-tosscan-rendered\":\"chromium\"", outcome.Record.HeadersJson, StringComparison.Ordinal);

        // The page itself was fetched once (the browser was handed our copy); its script and data
        // came through the polite client with our User-Agent, spaced like every other request.
        Assert.Equal(1, site.Count("/privacy"));
        Assert.Equal(1, site.Count("/app.js"));
        Assert.Equal(1, site.Count("/api/policy.json"));
        Assert.All(site.Requests, r => Assert.Equal(CrawlerOptions.DefaultUserAgent, r.Headers["User-Agent"]));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task A_declaration_asking_for_scripts_fails_clearly_when_no_browser_is_there()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Shell);
        await using var crawler = CrawlerFixture.Create(o => { o.RenderScripts = true; o.BrowserPath = "/nonexistent/chromium"; });
        var target = new DocumentTarget("Example", DocumentType.PrivacyPolicy, site.Url("/privacy"), FoundBy.Declaration) { ExecuteClientScripts = true };

        var outcome = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.Contains("no browser is installed at /nonexistent/chromium", outcome.Record.Reason, StringComparison.Ordinal);
        Assert.Null(outcome.Content);
    }

    [Fact]
    public async Task Without_a_browser_a_thin_page_is_kept_as_fetched()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Shell);
        await using var crawler = CrawlerFixture.Create(o => { o.RenderScripts = true; o.BrowserPath = "/nonexistent/chromium"; });

        var outcome = await crawler.Fetcher.FetchAsync(new DocumentTarget("Example", DocumentType.PrivacyPolicy, site.Url("/privacy"), FoundBy.Explicit), CancellationToken.None);

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(Shell, Encoding.UTF8.GetString(outcome.Content!.Bytes.Span));
    }
}
