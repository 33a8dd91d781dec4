using System.Net;
using System.Text;
using TosScan.Crawling;
using TosScan.Crawling.Discovery;
using TosScan.Crawling.Safety;
using TosScan.Storage;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>The small pure parts: address policy, link scoring, sitemaps, challenge pages, version noise, options.</summary>
public sealed class CrawlerUnitTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.0.0.42", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::127.0.0.1", false)] // IPv4-compatible (deprecated, still routed by some stacks)
    [InlineData("::10.0.0.1", false)]
    [InlineData("::ffff:0:127.0.0.1", false)] // IPv4-translated
    [InlineData("::", false)] // unspecified: connects to this machine
    [InlineData("64:ff9b::127.0.0.1", false)] // NAT64 well-known prefix
    [InlineData("64:ff9b::a9fe:a9fe", false)] // NAT64 of 169.254.169.254
    [InlineData("64:ff9b:1::c0a8:101", false)] // NAT64 local-use prefix, 192.168.1.1
    [InlineData("2002:7f00:1::", false)] // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::1", false)] // 6to4 of 192.168.1.1
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", false)] // Teredo, client 127.0.0.1 (inverted bits)
    [InlineData("64:ff9b::5db8:d822", true)] // NAT64 of 93.184.216.34, a public address
    [InlineData("2002:5db8:d822::1", true)] // 6to4 of 93.184.216.34
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", true)]
    public void Only_public_addresses_are_public(string address, bool isPublic)
    {
        Assert.Equal(isPublic, AddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("Terms of Service", "/legal/terms", DocumentType.TermsOfService, true)]
    [InlineData("Privacy", "/privacy", DocumentType.PrivacyPolicy, true)]
    [InlineData("Cookie Policy", "/cookies", DocumentType.PrivacyPolicy, false)]
    [InlineData("Photos", "/photos", DocumentType.TermsOfService, false)]
    [InlineData("Illegal content report", "/report", DocumentType.TermsOfService, false)]
    [InlineData("Datenschutz", "/ds", DocumentType.PrivacyPolicy, true)]
    [InlineData("سياسة الخصوصية", "/p", DocumentType.PrivacyPolicy, true)]
    [InlineData("Kebijakan Privasi", "/kp", DocumentType.PrivacyPolicy, true)]
    [InlineData("Términos", "/t", DocumentType.TermsOfService, true)]
    public void Link_scores_pass_the_threshold_only_for_the_document(string text, string path, DocumentType type, bool passes)
    {
        var home = new Uri("https://example.test/");
        var score = LinkScorer.Score(new LinkCandidate(new Uri(home, path), text, InFooterOrNav: false), type, home);

        Assert.Equal(passes, score >= LinkScorer.Threshold);
    }

    [Fact]
    public void A_footer_link_beats_the_same_words_in_the_page()
    {
        var home = new Uri("https://example.test/");
        var inFooter = LinkScorer.Score(new LinkCandidate(new Uri(home, "/a"), "Terms", true), DocumentType.TermsOfService, home);
        var inBody = LinkScorer.Score(new LinkCandidate(new Uri(home, "/b"), "Terms", false), DocumentType.TermsOfService, home);

        Assert.True(inFooter > inBody);
    }

    [Fact]
    public void Sitemaps_give_pages_and_child_sitemaps_and_refuse_dtds()
    {
        var (pages, children) = SitemapParser.Parse(Encoding.UTF8.GetBytes("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc> https://e.test/terms </loc><lastmod>2025-01-01</lastmod></url><url><loc>not a url</loc></url></urlset>"));
        var (_, index) = SitemapParser.Parse(Encoding.UTF8.GetBytes("<sitemapindex><sitemap><loc>https://e.test/s1.xml</loc></sitemap></sitemapindex>"));
        var (bomb, _) = SitemapParser.Parse(Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY a 'aaaa'>]><urlset><url><loc>https://e.test/&a;</loc></url></urlset>"));

        Assert.Equal([new Uri("https://e.test/terms")], pages);
        Assert.Empty(children);
        Assert.Equal([new Uri("https://e.test/s1.xml")], index);
        Assert.Empty(bomb);
    }

    [Theory]
    [InlineData("<html><head><title>Just a moment...</title></head><body>Checking</body></html>", 8, true)]
    [InlineData("<html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked</body></html>", 30, true)]
    [InlineData("<html><body><div class='g-recaptcha'></div>Please solve the captcha</body></html>", 25, true)]
    [InlineData("<html><body><h1>Privacy Policy</h1><p>We use reCAPTCHA to prevent spam ... (a long policy)</p></body></html>", 5000, false)]
    [InlineData("<html><body><h1>Terms</h1></body></html>", 5, false)]
    public void Challenge_pages_are_told_apart_from_policies(string html, int visibleChars, bool isChallenge)
    {
        var reason = BotChallengeDetector.Detect(Encoding.UTF8.GetBytes(html), "text/html", [], visibleChars);

        Assert.Equal(isChallenge, reason is not null);
    }

    [Fact]
    public void Version_noise_is_ignored_but_real_changes_are_not()
    {
        var a = "See https://example.test/help?utm_source=mail&id=4&fbclid=abc  for details.\r\n\r\nWe keep data 30 days.";
        var b = "See https://example.test/help?id=4&gclid=zzz for\u200B details.\nWe keep data 30 days.  ";
        var c = "See https://example.test/help?id=4 for details.\nWe keep data 90 days.";

        Assert.Equal(VersionNormalizer.TextHash(a), VersionNormalizer.TextHash(b));
        Assert.NotEqual(VersionNormalizer.TextHash(a), VersionNormalizer.TextHash(c));
        Assert.Equal("See https://example.test/help?id=4 for details.\nWe keep data 30 days.", VersionNormalizer.Normalize(a));
        Assert.Equal("https://x.test/p#top", VersionNormalizer.Normalize("https://x.test/p?utm_medium=x#top"));
    }

    [Theory]
    [InlineData("MaxBytes", "--max-bytes")]
    [InlineData("PerHostSpacing", "--per-host-delay")]
    [InlineData("MaxConcurrency", "--concurrency")]
    [InlineData("UserAgent", "--user-agent")]
    public void Bad_options_are_named_in_the_error(string option, string flag)
    {
        var options = new CrawlerOptions();
        switch (option)
        {
            case "MaxBytes": options.MaxBytes = 10; break;
            case "PerHostSpacing": options.PerHostSpacing = TimeSpan.FromSeconds(-1); break;
            case "MaxConcurrency": options.MaxConcurrency = 0; break;
            default: options.UserAgent = "two\nlines"; break;
        }

        var error = Assert.ThrowsAny<ArgumentException>(() => Crawler.Create(options, TimeProvider.System));

        Assert.Equal(option, error.ParamName);
        Assert.Contains($"CrawlerOptions.{option}", error.Message, StringComparison.Ordinal);
        Assert.Contains(flag, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid_and_polite()
    {
        var options = new CrawlerOptions();
        options.Validate();

        Assert.Equal(TimeSpan.FromSeconds(1), options.PerHostSpacing);
        Assert.Equal(10 * 1024 * 1024, options.MaxBytes);
        Assert.Equal(10, options.MaxRedirects);
        Assert.Equal(8, options.MaxConcurrency);
        Assert.False(options.AllowPrivateAddresses);
        Assert.Equal("TosScanBot/0.1 (+https://github.com/tosscan/tosscan)", options.UserAgent);
    }
}
