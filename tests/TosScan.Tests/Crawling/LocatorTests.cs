using TosScan.Crawling;
using TosScan.Documents;

using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Crawling;

/// <summary>Discovery against real home pages served on 127.0.0.1, and on the bundled local corpus.</summary>
public sealed class LocatorTests
{
    private static string Page(string title) =>
        $"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>These are the rules that apply when you use the service, and how we handle your personal data.</p></body></html>";

    private static ProviderEntry Provider(Uri? home, Uri? terms = null, Uri? privacy = null) => new("Example", home, terms, privacy, 2);

    public static TheoryData<string, string, string> HomePages => new()
    {
        // English footer with other links around
        { "<footer><a href='/careers'>Careers</a> <a href='/help'>Help</a> <a href='/legal/tos'>Terms of Service</a> <a href='/cookies'>Cookie Policy</a> <a href='/legal/privacy-notice'>Privacy Notice</a></footer>", "/legal/tos", "/legal/privacy-notice" },
        // French navigation
        { "<nav><a href='/a-propos'>À propos</a><a href='/cgu'>Conditions d'utilisation</a><a href='/confidentialite'>Politique de confidentialité</a></nav>", "/cgu", "/confidentialite" },
        // Spanish
        { "<footer><a href='/ayuda'>Ayuda</a><a href='/legal/terminos'>Términos y condiciones</a><a href='/legal/privacidad'>Política de privacidad</a></footer>", "/legal/terminos", "/legal/privacidad" },
        // German
        { "<div class='site-footer'><a href='/impressum'>Impressum</a><a href='/nutzungsbedingungen'>Nutzungsbedingungen</a><a href='/datenschutz'>Datenschutzerklärung</a></div>", "/nutzungsbedingungen", "/datenschutz" },
        // Portuguese
        { "<footer><a href='/termos'>Termos de Uso</a><a href='/privacidade'>Política de Privacidade</a></footer>", "/termos", "/privacidade" },
        // Indonesian
        { "<footer><a href='/syarat'>Syarat dan Ketentuan</a><a href='/kebijakan'>Kebijakan Privasi</a></footer>", "/syarat", "/kebijakan" },
        // Malay
        { "<footer><a href='/terma'>Terma dan Syarat</a><a href='/dasar'>Dasar Privasi</a></footer>", "/terma", "/dasar" },
        // Arabic
        { "<footer dir='rtl'><a href='/ar/terms-page'>الشروط والأحكام</a><a href='/ar/p'>سياسة الخصوصية</a></footer>", "/ar/terms-page", "/ar/p" },
        // Link text says little; the URL and an aria-label carry it
        { "<main><a href='/help'>Help</a></main><footer><a href='/policies/terms-of-use'>Rules</a><a href='/policies/x' aria-label='Privacy policy'>🔒</a></footer>", "/policies/terms-of-use", "/policies/x" },
    };

    [Theory]
    [MemberData(nameof(HomePages))]
    public async Task Finds_both_documents_from_home_page_links(string body, string termsPath, string privacyPath)
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", $"<html><head><title>Home</title></head><body><h1>Welcome</h1>{body}</body></html>");
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Missing);
        var terms = Assert.Single(result.Targets, t => t.Type == DocumentType.TermsOfService);
        var privacy = Assert.Single(result.Targets, t => t.Type == DocumentType.PrivacyPolicy);
        Assert.Equal(site.Url(termsPath), terms.Location);
        Assert.Equal(site.Url(privacyPath), privacy.Location);
        Assert.Equal(FoundBy.Link, terms.FoundBy);
        Assert.Equal(["/robots.txt", "/"], site.Paths);
    }

    [Fact]
    public async Task A_legal_hub_is_visited_once_when_the_home_page_names_no_document()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<html><body><h1>Welcome</h1><footer><a href='/about'>About</a> <a href='/legal'>Legal</a></footer></body></html>")
            .Html("/legal", "<html><body><h1>Legal</h1><ul><li><a href='/legal/terms-of-use'>Terms of Use</a></li><li><a href='/legal/privacy-notice'>Privacy Notice</a></li><li><a href='/legal/imprint'>Imprint</a></li></ul></body></html>");
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Missing);
        Assert.Equal(site.Url("/legal/terms-of-use"), result.Targets.Single(t => t.Type == DocumentType.TermsOfService).Location);
        Assert.Equal(site.Url("/legal/privacy-notice"), result.Targets.Single(t => t.Type == DocumentType.PrivacyPolicy).Location);
        Assert.All(result.Targets, t => Assert.Equal(FoundBy.Link, t.FoundBy));
        Assert.Equal(["/robots.txt", "/", "/legal"], site.Paths);
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task Explicit_urls_win_and_nothing_is_requested()
    {
        await using var site = await TestSite.StartAsync();
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri, site.Url("/t"), site.Url("/p")), CancellationToken.None);

        Assert.Equal([FoundBy.Explicit, FoundBy.Explicit], result.Targets.Select(t => t.FoundBy));
        Assert.Equal(site.Url("/t"), result.Targets[0].Location);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Falls_back_to_well_known_paths_and_rejects_soft_404s()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<html><body><h1>Welcome</h1><a href='/about'>About us</a></body></html>")
            .Html("/terms", "<html><head><title>Welcome</title></head><body><h1>Welcome</h1>(the home page again)</body></html>")
            .Html("/terms-of-service", Page("Terms of Service"))
            .Html("/privacy", Page("Privacy Policy"));
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Missing);
        Assert.Equal(site.Url("/terms-of-service"), result.Targets.Single(t => t.Type == DocumentType.TermsOfService).Location);
        Assert.Equal(site.Url("/privacy"), result.Targets.Single(t => t.Type == DocumentType.PrivacyPolicy).Location);
        Assert.All(result.Targets, t => Assert.Equal(FoundBy.WellKnownPath, t.FoundBy));

        // The fetcher reuses the probed pages instead of asking the site again.
        foreach (var target in result.Targets)
        {
            var outcome = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);
            Assert.Equal(FetchStatus.Found, outcome.Record.Status);
            Assert.Equal(FoundBy.WellKnownPath, outcome.Record.FoundBy);
        }

        Assert.Equal(1, site.Count("/terms-of-service"));
        Assert.Equal(1, site.Count("/privacy"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task Falls_back_to_the_sitemap_named_in_robots_txt()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots($"User-agent: *\nDisallow:\nSitemap: {site.Url("/maps/index.xml")}\n")
            .Html("/", "<html><body><h1>Welcome</h1></body></html>")
            .Text("/maps/index.xml", "application/xml", $"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{site.Url("/maps/pages.xml")}</loc></sitemap></sitemapindex>")
            .Text("/maps/pages.xml", "application/xml", $"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{site.Url("/blog/privacy-tips")}</loc></url><url><loc>{site.Url("/company/user-agreement")}</loc></url><url><loc>{site.Url("/company/privacy-policy")}</loc></url><url><loc>{site.Url("/company/cookie-privacy")}</loc></url></urlset>");
        await using var crawler = CrawlerFixture.Create(o => o.ProbeWellKnownPaths = false);

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Missing);
        Assert.Equal(site.Url("/company/user-agreement"), result.Targets.Single(t => t.Type == DocumentType.TermsOfService).Location);
        Assert.Equal(site.Url("/company/privacy-policy"), result.Targets.Single(t => t.Type == DocumentType.PrivacyPolicy).Location);
        Assert.All(result.Targets, t => Assert.Equal(FoundBy.Sitemap, t.FoundBy));
        Assert.Equal(1, site.Count("/maps/index.xml"));
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task Reports_what_was_tried_when_nothing_is_found()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<html><body><h1>Welcome</h1><a href='/shop'>Shop</a></body></html>");
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Targets);
        Assert.Equal(2, result.Missing.Count);
        Assert.All(result.Missing, m => Assert.Equal(FetchStatus.Failed, m.Status));
        var terms = result.Missing.Single(m => m.Type == DocumentType.TermsOfService);
        Assert.Contains("no matching link among 1", terms.Reason, StringComparison.Ordinal);
        Assert.Contains("/terms-of-service", terms.Reason, StringComparison.Ordinal);
        Assert.Contains("sitemap", terms.Reason, StringComparison.Ordinal);
        site.AssertSpacing(CrawlerFixture.Spacing);
    }

    [Fact]
    public async Task A_home_page_disallowed_by_robots_is_reported_blocked()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots("User-agent: *\nDisallow: /\n").Html("/", "<footer><a href='/terms'>Terms</a></footer>");
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.Empty(result.Targets);
        Assert.All(result.Missing, m =>
        {
            Assert.Equal(FetchStatus.Blocked, m.Status);
            Assert.Contains("disallowed by robots.txt", m.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(["/robots.txt"], site.Paths);
    }

    [Fact]
    public async Task A_remote_page_cannot_lead_to_local_files()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/", "<footer><a href='file:///etc/passwd'>Terms of Service</a><a href='/privacy'>Privacy</a></footer>");
        await using var crawler = CrawlerFixture.Create(o => { o.ProbeWellKnownPaths = false; o.ReadSitemaps = false; });

        var result = await crawler.Locator.LocateAsync(Provider(site.BaseUri), CancellationToken.None);

        Assert.DoesNotContain(result.Targets, t => t.Location.IsFile);
        Assert.Equal(DocumentType.TermsOfService, Assert.Single(result.Missing).Type);
        Assert.Equal(site.Url("/privacy"), Assert.Single(result.Targets).Location);
    }

    [Fact]
    public async Task Discovers_and_fetches_documents_of_a_local_home_page()
    {
        var home = new Uri(Path.Combine(RepoPaths.Root, "corpus", "sites", "chirpy", "index.html"));
        await using var crawler = CrawlerFixture.Create();

        var result = await crawler.Locator.LocateAsync(Provider(home), CancellationToken.None);

        Assert.Empty(result.Missing);
        var terms = result.Targets.Single(t => t.Type == DocumentType.TermsOfService);
        Assert.Equal(new Uri(home, "legal/terms.html"), terms.Location);
        Assert.Equal(FoundBy.Link, terms.FoundBy);

        var outcome = await crawler.Fetcher.FetchAsync(terms, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(terms.Location.LocalPath);
        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Null(outcome.Record.HttpStatus);
        Assert.Equal(Hashing.Sha256Hex(bytes), outcome.Record.SnapshotSha256);
        Assert.Equal("text/html", outcome.Content!.MediaType);
        Assert.Equal(bytes, outcome.Content.Bytes.ToArray());
    }

    [Fact]
    public async Task A_missing_local_file_is_a_failed_fetch_naming_the_path()
    {
        await using var crawler = CrawlerFixture.Create();
        var missing = new Uri(Path.Combine(Path.GetTempPath(), "tosscan-missing", "terms.html"));

        var outcome = await crawler.Fetcher.FetchAsync(new DocumentTarget("Example", DocumentType.TermsOfService, missing, FoundBy.Explicit), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Record.Status);
        Assert.StartsWith($"file not found: {missing.LocalPath}", outcome.Record.Reason, StringComparison.Ordinal);
    }
}
