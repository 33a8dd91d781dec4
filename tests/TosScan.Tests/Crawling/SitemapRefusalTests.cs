using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>A sitemap that could not be read is reported as such, not as "0 sitemap entries" (issue 14).</summary>
public sealed class SitemapRefusalTests
{
    [Fact]
    public async Task A_sitemap_robots_txt_disallows_is_named_with_the_reason_in_what_was_tried()
    {
        await using var site = await TestSite.StartAsync();
        site.Robots($"User-agent: *\nDisallow: /maps/\nSitemap: {site.Url("/maps/index.xml")}\n")
            .Html("/", "<html><body><h1>Welcome</h1></body></html>")
            .Text("/maps/index.xml", "application/xml", $"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{site.Url("/company/user-agreement")}</loc></url></urlset>");
        await using var crawler = CrawlerFixture.Create(o => o.ProbeWellKnownPaths = false);

        var result = await crawler.Locator.LocateAsync(new ProviderEntry("Example", site.BaseUri, null, null, 2), CancellationToken.None);

        Assert.Empty(result.Targets);
        var terms = result.Missing.Single(m => m.Type == DocumentType.TermsOfService);
        Assert.Contains($"sitemap {site.Url("/maps/index.xml")} not read (blocked: ", terms.Reason, StringComparison.Ordinal);
        Assert.Contains("robots.txt", terms.Reason, StringComparison.Ordinal);
        Assert.Equal(0, site.Count("/maps/index.xml"));
    }
}
