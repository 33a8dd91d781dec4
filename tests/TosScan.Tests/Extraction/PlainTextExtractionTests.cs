using TosScan.Documents;
using static TosScan.Tests.Extraction.ExtractionHelpers;

namespace TosScan.Tests.Extraction;

public sealed class PlainTextExtractionTests
{
    private const string Policy = """
        ACME PRIVACY NOTICE

        1. Introduction
        This notice explains how Acme collects and uses personal data when you use the
        service, and which choices you have about it.

        4.2 Sharing with partners

        We share data with:
        - advertisers, who may market to you;
        - analytics providers.
        (a) when you consent; and
        (b) when the law requires it.

        Acme Inc.
        1 Main Street
        Springfield
        """;

    [Fact]
    public void Headings_list_items_and_paragraphs_are_recognised()
    {
        var result = Extract(Policy, "text/plain");

        Assert.Equal(["ACME PRIVACY NOTICE", "1. Introduction", "4.2 Sharing with partners"], result.TextsOf(BlockKind.Heading));
        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 1), (BlockKind.Paragraph, 0), (BlockKind.Heading, 2), (BlockKind.Paragraph, 0),
             (BlockKind.ListItem, 1), (BlockKind.ListItem, 1), (BlockKind.ListItem, 1), (BlockKind.ListItem, 1), (BlockKind.Paragraph, 0)],
            result.Blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal("ACME PRIVACY NOTICE", result.Title);
    }

    [Fact]
    public void Wrapped_lines_join_with_a_space_and_deliberate_short_lines_keep_their_break()
    {
        var result = Extract(Policy, "text/plain");
        var paragraphs = result.TextsOf(BlockKind.Paragraph);

        Assert.Equal("This notice explains how Acme collects and uses personal data when you use the service, and which choices you have about it.", paragraphs[0]);
        Assert.Equal("Acme Inc.\n1 Main Street\nSpringfield", paragraphs[^1]);
        Assert.Equal(["- advertisers, who may market to you;", "- analytics providers.", "(a) when you consent; and", "(b) when the law requires it."], result.TextsOf(BlockKind.ListItem));
    }

    [Fact]
    public void A_shouted_disclaimer_over_several_lines_is_prose_not_headings()
    {
        const string text = """
            THE SERVICE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND
            EXPRESS OR IMPLIED INCLUDING FITNESS FOR A PARTICULAR PURPOSE
            """;

        var result = Extract(text, "text/plain");

        Assert.Equal(BlockKind.Paragraph, Assert.Single(result.Blocks).Kind);
    }
}
