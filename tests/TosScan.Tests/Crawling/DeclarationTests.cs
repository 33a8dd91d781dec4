using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Crawling;

/// <summary>Open Terms Archive declarations: read from a folder, turned into targets, their selectors applied by extraction.</summary>
public sealed class DeclarationTests
{
    private const string Page = """
        <html><head><title>Terms</title></head><body>
        <nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
        <div class="banner">Download our app today and get 20% off!</div>
        <main id="terms">
          <h1>Terms of Service</h1>
          <p>By using Example you agree to these terms and to the rules for posting content.</p>
          <aside class="ads">Sponsored: the best headphones of the year.</aside>
          <p>You keep ownership of what you post; you grant us a licence to show it.</p>
        </main>
        <footer>Copyright Example</footer>
        </body></html>
        """;

    [Fact]
    public async Task A_declaration_gives_targets_whose_select_and_remove_shape_the_text()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/legal/terms", Page).Html("/legal/community", Page);
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("Example.json"), $$"""
            {
              "name": "Example",
              "terms": {
                "Terms of Service": {
                  "fetch": "{{site.Url("/legal/terms")}}",
                  "select": ["#terms"],
                  "remove": [".ads", { "startBefore": "#x", "endBefore": "#y" }]
                },
                "Community Guidelines": { "fetch": "{{site.Url("/legal/community")}}", "select": "main", "executeClientScripts": true },
                "Developer Terms": { "fetch": "{{site.Url("/dev")}}" }
              }
            }
            """);
        await using var crawler = CrawlerFixture.Create(o => o.DeclarationsDirectory = folder.Path);

        var result = await crawler.Locator.LocateAsync(new ProviderEntry("example", site.BaseUri, null, null, 3), CancellationToken.None);

        var terms = result.Targets.Single(t => t.Type == DocumentType.TermsOfService);
        Assert.Equal(FoundBy.Declaration, terms.FoundBy);
        Assert.Equal(site.Url("/legal/terms"), terms.Location);
        Assert.Equal(["#terms"], terms.Rules.Select);
        Assert.Equal([".ads"], terms.Rules.Remove);
        Assert.False(terms.ExecuteClientScripts);
        var community = result.Targets.Single(t => t.Type == DocumentType.CommunityGuidelines);
        Assert.True(community.ExecuteClientScripts);
        Assert.Equal(["main"], community.Rules.Select);
        Assert.DoesNotContain(result.Targets, t => t.Location.AbsolutePath == "/dev");

        // The privacy policy is not declared: discovery looked for it on the home page.
        Assert.Equal(DocumentType.PrivacyPolicy, Assert.Single(result.Missing).Type);

        var outcome = await crawler.Fetcher.FetchAsync(terms, CancellationToken.None);
        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Equal(FoundBy.Declaration, outcome.Record.FoundBy);
        var text = (await ContentExtractor.CreateDefault().ExtractAsync(outcome.Content!, terms.Rules, CancellationToken.None)).Text;
        Assert.Contains("You keep ownership of what you post", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sponsored", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Download our app", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explicit_urls_win_over_a_declaration()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("whatever.json"), """{"name": "Example", "terms": {"Terms of Service": {"fetch": "https://example.test/terms", "select": "main"}}}""");
        await using var crawler = CrawlerFixture.Create(o => o.DeclarationsDirectory = folder.Path);
        var explicitTerms = new Uri("https://example.test/our-terms");

        var result = await crawler.Locator.LocateAsync(new ProviderEntry("Example", null, explicitTerms, new Uri("https://example.test/p"), 2), CancellationToken.None);

        var terms = result.Targets.Single(t => t.Type == DocumentType.TermsOfService);
        Assert.Equal(explicitTerms, terms.Location);
        Assert.Equal(FoundBy.Explicit, terms.FoundBy);
        Assert.Same(ExtractionRules.None, terms.Rules);
    }

    [Fact]
    public void A_malformed_declaration_stops_start_up_naming_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Broken.json"), """{"name": "Broken", "terms": {"Privacy Policy": {"select": "main"}}}""");

        var error = Assert.Throws<InvalidDataException>(() => CrawlerFixture.Create(o => o.DeclarationsDirectory = folder.Path));

        Assert.Contains("Broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"Privacy Policy\" has no \"fetch\" URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combined_documents_keep_the_first_page_and_say_so()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("Multi.json"), """
            {"name": "Multi", "terms": {"Privacy Policy": {"combine": [
              {"fetch": "https://example.test/privacy/1", "select": "article"},
              {"fetch": "https://example.test/privacy/2"}], "remove": "nav"}}}
            """);

        var declaration = TosScan.Crawling.Declarations.DeclarationReader.ReadFile(folder.File("Multi.json"));

        var document = Assert.Single(declaration.Documents);
        Assert.Equal(new Uri("https://example.test/privacy/1"), document.Fetch);
        Assert.Equal(["article"], document.Rules.Select);
        Assert.Equal(["nav"], document.Rules.Remove);
        Assert.Contains(declaration.Notes, n => n.Contains("combines 2 pages", StringComparison.Ordinal));
    }
}
