using TosScan.Crawling.Robots;

namespace TosScan.Tests.Crawling;

public sealed class RobotsParserTests
{
    private const string Agent = "TosScanBot/0.1 (+https://github.com/tosscan/tosscan)";

    [Fact]
    public void Our_group_is_chosen_over_the_wildcard_group()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /\n\nUser-agent: tosscanbot\nDisallow: /private\n", Agent);

        Assert.True(rules.IsAllowed("/terms"));
        Assert.False(rules.IsAllowed("/private/data"));
    }

    [Fact]
    public void The_wildcard_group_applies_when_none_names_us()
    {
        var rules = RobotsParser.Parse("User-agent: Googlebot\nDisallow:\n\nUser-agent: *\nDisallow: /legal\n", Agent);

        Assert.False(rules.IsAllowed("/legal/terms"));
        Assert.True(rules.IsAllowed("/about"));
    }

    [Fact]
    public void No_matching_group_allows_everything()
    {
        var rules = RobotsParser.Parse("User-agent: Googlebot\nDisallow: /\n", Agent);

        Assert.True(rules.IsAllowed("/anything"));
    }

    [Fact]
    public void Groups_naming_us_are_merged_and_consecutive_agents_share_a_group()
    {
        var rules = RobotsParser.Parse("User-agent: OtherBot\nUser-agent: TosScanBot\nDisallow: /a\n\nUser-agent: TosScanBot\nDisallow: /b\n", Agent);

        Assert.False(rules.IsAllowed("/a"));
        Assert.False(rules.IsAllowed("/b"));
        Assert.True(rules.IsAllowed("/c"));
    }

    [Theory]
    [InlineData("/legal/terms", false)]
    [InlineData("/legal/privacy", true)]
    [InlineData("/legal/privacy/old", true)]
    [InlineData("/legal/privacy.pdf", true)]
    [InlineData("/legal/", false)]
    public void The_longest_match_wins(string path, bool allowed)
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /legal/\nAllow: /legal/privacy\n", Agent);

        Assert.Equal(allowed, rules.IsAllowed(path));
    }

    [Fact]
    public void Allow_wins_a_tie()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", Agent);

        Assert.True(rules.IsAllowed("/page"));
    }

    [Theory]
    [InlineData("/docs/file.pdf", false)]
    [InlineData("/docs/file.pdf?x=1", true)]
    [InlineData("/a/b/c.pdf", false)]
    [InlineData("/search?q=terms", false)]
    [InlineData("/search", true)]
    [InlineData("/terms", true)]
    public void Wildcards_and_end_anchors_match(string path, bool allowed)
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?*\n", Agent);

        Assert.Equal(allowed, rules.IsAllowed(path));
    }

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read_and_comments_ignored()
    {
        var rules = RobotsParser.Parse("# hello\nUser-agent: * # everyone\nCrawl-delay: 2.5\nDisallow: /tmp # scratch\nSitemap: https://example.test/sitemap.xml\n", Agent);

        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
        Assert.Equal(["https://example.test/sitemap.xml"], rules.Sitemaps);
        Assert.False(rules.IsAllowed("/tmp/x"));
    }

    [Fact]
    public void Empty_disallow_allows_everything_and_robots_txt_is_always_allowed()
    {
        Assert.True(RobotsParser.Parse("User-agent: *\nDisallow:\n", Agent).IsAllowed("/x"));
        Assert.True(RobotsParser.Parse("User-agent: *\nDisallow: /\n", Agent).IsAllowed("/robots.txt"));
    }

    [Fact]
    public void Percent_encoding_and_non_ascii_compare_equal()
    {
        var rules = RobotsParser.Parse("User-agent: *\nDisallow: /café\n", Agent);

        Assert.False(rules.IsAllowed("/caf%C3%A9/menu"));
        Assert.False(rules.IsAllowed("/caf%c3%a9"));
        Assert.True(rules.IsAllowed("/cafe"));
    }

    [Fact]
    public void Windows_line_endings_unknown_lines_and_case_of_keys_are_tolerated()
    {
        var rules = RobotsParser.Parse("USER-AGENT: *\r\nfoo: bar\r\nDISALLOW: /x\r\n", Agent);

        Assert.False(rules.IsAllowed("/x"));
        Assert.True(rules.IsAllowed("/y"));
    }

    [Fact]
    public void The_product_token_is_the_agent_name_before_the_version()
    {
        Assert.Equal("TosScanBot", RobotsParser.ProductToken(Agent));
    }
}
