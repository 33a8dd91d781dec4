using TosScan.Documents;
using TosScan.Segmentation;
using TosScan.Tests.Extraction;

namespace TosScan.Tests.Segmentation;

public sealed class SegmentationStageTests
{
    private const string Markdown = """
        Last updated: 1 May 2025. Read carefully.

        # Acme Terms

        Welcome to Acme. These terms bind you.

        ## Your content

        You own your content, e.g. photos. We may use it.

        ### Licence

        *   Worldwide
        *   Royalty-free. Short second sentence.

        ## Retention

        | Data | Period |
        | --- | --- |
        | Logs | 90 days. Then deleted. |
        """;

    [Fact]
    public async Task Sections_start_at_headings_and_run_to_the_next_heading_of_the_same_or_higher_level()
    {
        var document = await SegmentAsync(Markdown);
        var sections = document.Sections;

        Assert.Equal(
            [(null, 0), ("Acme Terms", 1), ("Your content", 2), ("Licence", 3), ("Retention", 2)],
            sections.Select(s => (s.Heading is { } h ? document.TextOf(h) : null, s.Level)));
        Assert.Equal("Last updated: 1 May 2025. Read carefully.", document.TextOf(sections[0].Span));
        Assert.EndsWith("Short second sentence.", document.TextOf(sections[2].Span), StringComparison.Ordinal);
        Assert.StartsWith("Your content", document.TextOf(sections[2].Span), StringComparison.Ordinal);
        Assert.True(sections[1].Span.Contains(sections[2].Span) && sections[2].Span.Contains(sections[3].Span));
        Assert.False(sections[2].Span.Overlaps(sections[4].Span));
        Assert.Equal(document.Text.Length, sections[1].Span.End);
        Assert.Equal(Enumerable.Range(0, sections.Count), sections.Select(s => s.Index));
    }

    [Fact]
    public async Task Clauses_are_sentences_headings_list_items_and_cells_with_their_section_and_block()
    {
        var document = await SegmentAsync(Markdown);

        var clauses = document.Clauses.Select(c => (document.TextOf(c.Span), c.Kind, c.Section)).ToArray();
        Assert.Equal(
            [
                ("Last updated: 1 May 2025.", ClauseKind.Sentence, 0),
                ("Read carefully.", ClauseKind.Sentence, 0),
                ("Acme Terms", ClauseKind.Heading, 1),
                ("Welcome to Acme.", ClauseKind.Sentence, 1),
                ("These terms bind you.", ClauseKind.Sentence, 1),
                ("Your content", ClauseKind.Heading, 2),
                ("You own your content, e.g. photos.", ClauseKind.Sentence, 2),
                ("We may use it.", ClauseKind.Sentence, 2),
                ("Licence", ClauseKind.Heading, 3),
                ("Worldwide", ClauseKind.ListItem, 3),
                ("Royalty-free. Short second sentence.", ClauseKind.ListItem, 3),
                ("Retention", ClauseKind.Heading, 4),
                ("Data", ClauseKind.TableCell, 4),
                ("Period", ClauseKind.TableCell, 4),
                ("Logs", ClauseKind.TableCell, 4),
                ("90 days. Then deleted.", ClauseKind.TableCell, 4),
            ],
            clauses);
        Assert.Equal(Enumerable.Range(0, clauses.Length), document.Clauses.Select(c => c.Index));
        foreach (var clause in document.Clauses)
        {
            Assert.True(document.Blocks[clause.Block].Span.Contains(clause.Span));
            Assert.True(document.Sections[clause.Section].Span.Contains(clause.Span));
        }
    }

    [Fact]
    public async Task Long_list_items_are_split_into_sentences_that_stay_list_items()
    {
        const string markdown = """
            *   We collect your name, e-mail address and date of birth when you register for an account. We use them to run your account and to contact you about it. We keep them for as long as your account stays open.
            *   Short item. Two sentences.
            """;

        var document = await SegmentAsync(markdown);

        Assert.Equal(
            [
                "We collect your name, e-mail address and date of birth when you register for an account.",
                "We use them to run your account and to contact you about it.",
                "We keep them for as long as your account stays open.",
                "Short item. Two sentences.",
            ],
            document.Clauses.Select(c => document.TextOf(c.Span)));
        Assert.All(document.Clauses, c => Assert.Equal(ClauseKind.ListItem, c.Kind));
        Assert.Equal([0, 0, 0, 1], document.Clauses.Select(c => c.Block));
    }

    [Fact]
    public async Task Links_standing_alone_are_cut_as_the_paragraph_or_list_item_they_were()
    {
        // One link per line in a paragraph stays one unit per link, as the paragraph's lines were,
        // so a list of links does not read as one long sentence.
        const string markdown = """
            [Privacy Policy](https://acme.example/privacy)  
            [Brand Guidelines](https://acme.example/brand)

            *   [1. Information We Collect](#collect)
            """;

        var document = await SegmentAsync(markdown);

        Assert.Equal(
            [("Privacy Policy", 0), ("Brand Guidelines", 0), ("1. Information We Collect", 1)],
            document.Clauses.Select(c => (document.TextOf(c.Span), c.Block)));
        Assert.All(document.Clauses, c => Assert.Equal(ClauseKind.Navigation, c.Kind));
    }

    [Fact]
    public async Task A_document_without_headings_is_one_preamble_section()
    {
        var document = await SegmentAsync("First paragraph here.\n\nSecond paragraph here.");

        var section = Assert.Single(document.Sections);
        Assert.Null(section.Heading);
        Assert.Equal(new TextSpan(0, document.Text.Length), section.Span);
    }

    [Fact]
    public async Task One_stage_serves_many_documents_concurrently_with_the_same_results()
    {
        var stage = new SegmentationStage();
        var extracted = ExtractionHelpers.Extract(Markdown, "text/markdown");
        var input = new Document(Source(), extracted.Text, extracted.Blocks, extracted.Title);
        var expected = await stage.ProcessAsync(input, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => await stage.ProcessAsync(input, CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(expected.Clauses, r.Clauses));
        Assert.Empty(input.Clauses); // the input document is not changed
        Assert.Equal("segmentation", stage.Name);
    }

    [Fact]
    public void Invalid_options_are_rejected_at_construction_naming_the_option()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentationStage(new SegmentationOptions { SplitItemsLongerThan = 0 }));

        Assert.Contains(nameof(SegmentationOptions.SplitItemsLongerThan), error.Message, StringComparison.Ordinal);
    }

    private static async Task<Document> SegmentAsync(string markdown)
    {
        var extracted = ExtractionHelpers.Extract(markdown, "text/markdown");
        var document = new Document(Source(), extracted.Text, extracted.Blocks, extracted.Title);
        return await new SegmentationStage().ProcessAsync(document, CancellationToken.None);
    }

    private static DocumentSource Source() =>
        new("Acme", DocumentType.TermsOfService, "acme.md", DateTimeOffset.UnixEpoch, new string('0', 64), "text/markdown");
}
