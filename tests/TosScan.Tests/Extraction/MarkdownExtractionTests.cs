using TosScan.Documents;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Extraction.ExtractionHelpers;

namespace TosScan.Tests.Extraction;

public sealed class MarkdownExtractionTests
{
    [Fact]
    public void Headings_paragraphs_and_nested_lists_become_blocks_with_levels()
    {
        const string markdown = """
            Acme Terms
            ==========

            Intro with **bold**, _emphasis_ and a [link text](https://acme.example/x "title").

            ## Your content

            *   You keep ownership.
                *   We get a licence.
                    1.  Worldwide.
            *   You may delete it.
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(
            ["Acme Terms", "Intro with bold, emphasis and a link text.", "Your content", "You keep ownership.", "We get a licence.", "Worldwide.", "You may delete it."],
            result.AllTexts());
        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Paragraph, 0), (BlockKind.Heading, 2), (BlockKind.ListItem, 1), (BlockKind.ListItem, 2), (BlockKind.ListItem, 3), (BlockKind.ListItem, 1)],
            result.Blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal("Acme Terms", result.Title);
        Assert.DoesNotContain("https://", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_table_cells_become_table_cell_blocks()
    {
        const string markdown = """
            | Data | Kept for |
            | --- | --- |
            | **Messages** | 30 days |
            | Logs | 2 years<br>then deleted |
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(["Data", "Kept for", "Messages", "30 days", "Logs", "2 years\nthen deleted"], result.TextsOf(BlockKind.TableCell));
    }

    [Fact]
    public void Bold_only_and_short_title_paragraphs_read_as_headings()
    {
        const string markdown = """
            **2\. Use of the Services**

            You may use the services.

            Information We Collect

            We collect data.
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(["2. Use of the Services", "Information We Collect"], result.TextsOf(BlockKind.Heading));
        Assert.Equal(["You may use the services.", "We collect data."], result.TextsOf(BlockKind.Paragraph));
    }

    [Fact]
    public void Entries_that_are_only_a_link_are_navigation_and_sentences_with_a_link_are_not()
    {
        const string markdown = """
            ## Contents

            *   [Information We Collect](#collect)
                *   [Retention of Your Information](#retention)
            11. [**Deleting Your Data**](https://acme.example/privacy#delete)

            [Marketing vendors](https://acme.example/privacy?subpage=11)

            We keep your posts. [Learn more](https://acme.example/help)

            *   We share data with [advertisers](https://acme.example/ads).
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(
            ["Information We Collect", "Retention of Your Information", "Deleting Your Data", "Marketing vendors"],
            result.TextsOf(BlockKind.Navigation));
        Assert.Equal(
            [(BlockKind.Heading, 2), (BlockKind.Navigation, 1), (BlockKind.Navigation, 2), (BlockKind.Navigation, 1), (BlockKind.Navigation, 0), (BlockKind.Paragraph, 0), (BlockKind.ListItem, 1)],
            result.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void Later_paragraphs_of_a_list_item_are_prose_and_enumerated_paragraphs_are_items()
    {
        const string markdown = """
            1.  Welcome

                This policy applies to you. It explains your rights.

            ii. impersonate any person;
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(["Welcome", "ii. impersonate any person;"], result.TextsOf(BlockKind.ListItem));
        Assert.Equal(["This policy applies to you. It explains your rights."], result.TextsOf(BlockKind.Paragraph));
    }

    [Fact]
    public void Angle_bracketed_prose_is_kept_but_html_tags_are_dropped()
    {
        const string markdown = """
            Contact <Data Protection Officer>  
            at <span class="x">our office</span>.

            <div><p>Embedded <b>HTML</b> paragraph.</p><script>alert(1)</script></div>
            """;

        var result = Extract(markdown, "text/markdown");

        Assert.Equal(["Contact <Data Protection Officer>\nat our office.", "Embedded HTML paragraph."], result.AllTexts());
    }

    [SharedDataTheory]
    [InlineData("Discord - Privacy Policy", "Discord Privacy Policy")]
    [InlineData("TikTok - Terms of Service", "1. Who your contract is with")]
    [InlineData("Reddit - Privacy Policy", null)]
    public void Real_documents_extract_with_headings_list_items_and_exact_spans(string name, string? expectedHeading)
    {
        var path = SharedData.RealDoc(name);
        var result = Extract(File.ReadAllBytes(path), null, null, path);

        Assert.True(result.TextsOf(BlockKind.Heading).Length >= 5, "headings found");
        Assert.True(result.TextsOf(BlockKind.ListItem).Length >= 5, "list items found");
        if (expectedHeading is not null)
        {
            Assert.Contains(expectedHeading, result.TextsOf(BlockKind.Heading));
        }

        foreach (var block in result.Blocks)
        {
            var text = block.Span.Slice(result.Text);
            Assert.Equal(text.Trim(), text);
            Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("**", text, StringComparison.Ordinal);
            Assert.DoesNotContain("](http", text, StringComparison.Ordinal);
        }
    }
}
