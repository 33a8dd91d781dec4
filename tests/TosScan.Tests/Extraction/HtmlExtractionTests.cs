using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Extraction.ExtractionHelpers;

namespace TosScan.Tests.Extraction;

public sealed class HtmlExtractionTests
{
    private const string NoisyPage = """
        <!DOCTYPE html>
        <html><head><title>Acme Privacy Policy</title>
        <style>.x { color: red }</style>
        <script>var tracker = "SCRIPT-TEXT";</script>
        </head>
        <body>
        <header><a href="/">Acme home</a><nav><a href="/terms">Terms link</a></nav></header>
        <div id="cookie-consent">We use cookies. <button>Accept all</button></div>
        <aside>Related articles sidebar</aside>
        <main>
          <h1>Privacy Policy</h1>
          <p>We collect <b>your</b> name and
             e-mail <a href="/x">address</a>.</p>
          <p hidden>Hidden paragraph text.</p>
          <p style="display: none">Invisible via style.</p>
          <div aria-hidden="true">Screen reader hidden.</div>
          <h2>Sharing</h2>
          <ul>
            <li>With advertisers.
              <ul><li>Only aggregated data.</li></ul>
            </li>
            <li>With affiliates.</li>
          </ul>
          <table><tr><th>Data</th><td>Kept 30 days</td></tr></table>
          <noscript>Enable JavaScript</noscript>
          <form><label>Email</label><input name="e"><button>Subscribe</button></form>
        </main>
        <footer>Copyright Acme footer</footer>
        </body></html>
        """;

    [Fact]
    public void Noise_is_removed_and_main_content_is_kept()
    {
        var result = Extract(NoisyPage, "text/html");

        foreach (var noise in new[] { "SCRIPT-TEXT", "color: red", "Terms link", "Acme home", "We use cookies", "Accept all", "sidebar",
                     "Hidden paragraph", "Invisible via style", "Screen reader hidden", "Enable JavaScript", "Subscribe", "footer" })
        {
            Assert.DoesNotContain(noise, result.Text, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["Privacy Policy", "We collect your name and e-mail address.", "Sharing", "With advertisers.", "Only aggregated data.", "With affiliates.", "Data", "Kept 30 days"],
            result.AllTexts());
        Assert.Equal("Acme Privacy Policy", result.Title);
    }

    [Fact]
    public void Blocks_have_kinds_levels_and_exact_spans_separated_by_blank_lines()
    {
        var result = Extract(NoisyPage, "text/html");

        var kinds = result.Blocks.Select(b => (b.Kind, b.Level)).ToArray();
        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Paragraph, 0), (BlockKind.Heading, 2), (BlockKind.ListItem, 1), (BlockKind.ListItem, 2),
             (BlockKind.ListItem, 1), (BlockKind.TableCell, 0), (BlockKind.TableCell, 0)],
            kinds);
        for (var i = 1; i < result.Blocks.Count; i++)
        {
            var gap = result.Text[result.Blocks[i - 1].Span.End..result.Blocks[i].Span.Start];
            Assert.Equal("\n\n", gap);
        }

        Assert.Equal(0, result.Blocks[0].Span.Start);
        Assert.Equal(result.Text.Length, result.Blocks[^1].Span.End);
    }

    [Fact]
    public void Adjacent_elements_are_never_glued_and_line_breaks_stay_inside_the_block()
    {
        var result = Extract("<html><body><div>First part</div><div>Second part<br>next line</div><span>tail</span></body></html>", "text/html");

        Assert.Equal(["First part", "Second part\nnext line", "tail"], result.AllTexts());
    }

    [Fact]
    public void Bold_title_paragraphs_and_role_heading_elements_are_headings()
    {
        const string page = """
            <body><h2>Terms</h2>
            <p><strong>3. Your content</strong></p>
            <p><strong>Note:</strong> bold lead-in inside a sentence.</p>
            <p><b>A bold sentence that ends with a full stop.</b></p>
            <div role="heading" aria-level="4">Retention</div>
            <p>Body.</p></body>
            """;

        var result = Extract(page, "text/html");

        Assert.Equal(
            [(BlockKind.Heading, 2), (BlockKind.Heading, 3), (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0), (BlockKind.Heading, 4), (BlockKind.Paragraph, 0)],
            result.Blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal(["Terms", "3. Your content", "Retention"], result.TextsOf(BlockKind.Heading));
    }

    [Fact]
    public void List_items_and_paragraphs_that_are_only_a_link_are_navigation()
    {
        const string page = """
            <body><h2>Contents</h2>
            <ol><li><a href="#collect">Information We Collect</a>
                  <ul><li><span><a href="#retention">Retention of Your Information</a></span></li></ul></li>
                <li>2. <a href="#delete">Deleting Your Data</a></li>
                <li>We keep your posts. <a href="/help">Learn more</a></li></ol>
            <p><a href="/privacy?subpage=11">Marketing vendors</a></p>
            <p>We share data with <a href="/ads">advertisers</a>.</p>
            <p><a name="top">An anchor without a link</a></p></body>
            """;

        var result = Extract(page, "text/html");

        Assert.Equal(
            ["Information We Collect", "Retention of Your Information", "2. Deleting Your Data", "Marketing vendors"],
            result.TextsOf(BlockKind.Navigation));
        Assert.Equal(
            [(BlockKind.Heading, 2), (BlockKind.Navigation, 1), (BlockKind.Navigation, 2), (BlockKind.Navigation, 1), (BlockKind.ListItem, 1), (BlockKind.Navigation, 0), (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0)],
            result.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void A_double_line_break_ends_the_block()
    {
        var result = Extract("<body><div>We collect data.<br> <br>\n We share data.<br>With partners.</div></body>", "text/html");

        Assert.Equal(["We collect data.", "We share data.\nWith partners."], result.AllTexts());
    }

    [Fact]
    public void Select_rules_keep_only_matched_elements_in_document_order()
    {
        const string page = """
            <html><body>
            <div class="b">Second block text.</div>
            <div class="a">First block text. <span class="ad">Buy now!</span></div>
            <div class="c">Not selected.</div>
            <div class="b">Third block text.</div>
            </body></html>
            """;

        var result = Extract(page, "text/html", rules: new ExtractionRules([".a", ".b"], [".ad"]));

        Assert.Equal(["Second block text.", "First block text.", "Third block text."], result.AllTexts());
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Nested_selected_elements_are_extracted_once()
    {
        var result = Extract("<body><section id=s><p class=p>Only once.</p></section></body>", "text/html", rules: new ExtractionRules(["#s", ".p"], []));

        Assert.Equal(["Only once."], result.AllTexts());
    }

    [Fact]
    public void Select_rules_that_match_nothing_fall_back_to_the_main_content_with_a_note()
    {
        var result = Extract("<body><main><p>Real text here.</p></main></body>", "text/html", rules: new ExtractionRules([".gone"], []));

        Assert.Equal(["Real text here."], result.AllTexts());
        Assert.Contains(result.Notes, n => n.Contains(".gone", StringComparison.Ordinal) && n.Contains("matched nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_selector_is_reported_with_the_selector_and_the_input()
    {
        var error = Assert.Throws<ExtractionException>(() =>
            Extract("<body><p>Text.</p></body>", "text/html", "https://acme.example/privacy", new ExtractionRules([], ["div[[["])));

        Assert.Equal("https://acme.example/privacy", error.SourceName);
        Assert.Contains("div[[[", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_explains_that_scripts_may_build_it()
    {
        var error = Assert.Throws<ExtractionException>(() =>
            Extract("<html><body><div id=root></div><script>render()</script></body></html>", "text/html", "https://spa.example/terms"));

        Assert.StartsWith("https://spa.example/terms:", error.Message, StringComparison.Ordinal);
        Assert.Contains("scripts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cookie_class_on_a_wrapper_does_not_remove_the_document()
    {
        const string page = """
            <body><div class="page has-cookie-banner">
            <div class="cookie-banner">Accept cookies?</div>
            <p>This is the long policy text that the reader came for, and it should be kept whole.</p>
            <p>It has more than one paragraph, so the wrapper holds most of the page.</p>
            </div></body>
            """;

        var result = Extract(page, "text/html");

        Assert.Equal(2, result.Blocks.Count);
        Assert.DoesNotContain("Accept cookies", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_header_with_the_title_is_kept_while_the_site_header_goes()
    {
        var result = Extract("<body><header>Site name</header><article><header><h1>Terms of Use</h1></header><p>Body text of the terms.</p></article></body>", "text/html");

        Assert.Equal(["Terms of Use", "Body text of the terms."], result.AllTexts());
        Assert.Equal("Terms of Use", result.Title);
    }

    [Fact]
    public void The_bundled_chirpy_policy_keeps_its_clauses_and_drops_its_banner()
    {
        var path = Path.Combine(RepoPaths.Corpus, "sites", "chirpy", "legal", "privacy.html");
        var result = Extract(File.ReadAllBytes(path), null, null, path);

        Assert.Equal("Chirpy Privacy Policy", result.Title);
        Assert.DoesNotContain("214 partners", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trackPageView", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.TextsOf(BlockKind.Heading), h => h == "1.1 Information you provide");
        Assert.Contains(result.TextsOf(BlockKind.ListItem), i => i == "to personalise your feed and the advertisements you see;");
    }
}
