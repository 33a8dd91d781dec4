using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Block = Markdig.Syntax.Block;
using TosScan.Documents;
using TosScan.Extraction.Html;
using TosScan.Extraction.PlainText;
using TosScan.Extraction.Text;

namespace TosScan.Extraction.Markdown;

/// <summary>
/// Markdown to text with Markdig: headings, paragraphs, nested lists and (pipe or grid) tables
/// become blocks, and a paragraph or list item that is only a link becomes a navigation block;
/// inline markup is reduced to its words. Embedded HTML blocks are walked like HTML.
/// Extraction rules do not apply (they are CSS selectors).
/// </summary>
internal sealed class MarkdownExtractor : IFormatExtractor
{
    // Immutable once built and safe to share between documents.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, isHtml: false);
        var markdown = Markdig.Markdown.Parse(decoded.Text, _pipeline);
        cancellationToken.ThrowIfCancellationRequested();

        var output = new TextAssembler();
        var walker = new Walker(output);
        walker.WalkContainer(markdown, BlockKind.Paragraph, 0);
        return output.Build(walker.Title, decoded.Notes);
    }

    /// <summary>State for one document.</summary>
    private sealed class Walker(TextAssembler output)
    {
        private readonly StringBuilder _inline = new();

        public string? Title { get; private set; }

        private int _titleLevel = int.MaxValue;

        /// <summary>Pseudo-headings nest one level below the last real heading (level 2 when none).</summary>
        private int _lastHeadingLevel = 1;

        public void WalkContainer(ContainerBlock container, BlockKind kind, int level)
        {
            foreach (var block in container)
            {
                Walk(block, kind, level);
            }
        }

        private void Walk(Block block, BlockKind kind, int level)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineText(heading);
                    if (text.Trim().Length > 0)
                    {
                        output.Add(BlockKind.Heading, text, heading.Level);
                        _lastHeadingLevel = heading.Level;
                    }

                    if (heading.Level < _titleLevel && text.Trim().Length > 0)
                    {
                        (Title, _titleLevel) = (text, heading.Level);
                    }

                    break;
                case ParagraphBlock paragraph:
                    var words = InlineText(paragraph);
                    if (kind is BlockKind.Paragraph or BlockKind.ListItem && NavigationLink.Matches(paragraph))
                    {
                        output.Add(BlockKind.Navigation, words, kind == BlockKind.ListItem ? level : 0);
                    }
                    else if (kind == BlockKind.Paragraph && PseudoHeading.Matches(paragraph, words))
                    {
                        // Converted policies often keep their headings only as bold or title-like lines.
                        output.Add(BlockKind.Heading, words, Math.Min(6, _lastHeadingLevel + 1));
                    }
                    else if (kind == BlockKind.Paragraph && LineShape.IsListItem(words))
                    {
                        // "ii. impersonate any person" written as a paragraph is still a list item.
                        output.Add(BlockKind.ListItem, words, Math.Max(1, level));
                    }
                    else
                    {
                        output.Add(kind, words, kind == BlockKind.ListItem ? level : 0);
                    }

                    break;
                case ListBlock list:
                    // Items of a nested list sit one level deeper than the item that holds them.
                    var depth = kind == BlockKind.ListItem ? level + 1 : Math.Max(1, level);
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        WalkListItem(item, depth);
                    }

                    break;
                case Table table:
                    WalkTable(table);
                    break;
                case HtmlBlock html:
                    WalkHtml(html);
                    break;
                case CodeBlock code:
                    output.Add(kind == BlockKind.ListItem ? kind : BlockKind.Paragraph, code.Lines.ToString(), kind == BlockKind.ListItem ? level : 0);
                    break;
                case ContainerBlock container:
                    // List items, quotes and other containers pass their kind to their paragraphs.
                    WalkContainer(container, kind, level);
                    break;
                default:
                    break;
            }
        }

        /// <summary>
        /// The first paragraph of an item is the item. Further paragraphs are prose nested under
        /// it: some policies put the whole document inside a numbered list, and reading every
        /// paragraph of it as a list item would hide its sentences.
        /// </summary>
        private void WalkListItem(ListItemBlock item, int depth)
        {
            var first = true;
            foreach (var child in item)
            {
                var kind = first || child is ListBlock ? BlockKind.ListItem : BlockKind.Paragraph;
                Walk(child, kind, depth);
                first = false;
            }
        }

        private void WalkTable(Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var text = new StringBuilder();
                    foreach (var leaf in cell.Descendants<LeafBlock>())
                    {
                        text.Append(leaf is ParagraphBlock or HeadingBlock ? InlineText(leaf) : leaf.Lines.ToString()).Append('\n');
                    }

                    output.Add(BlockKind.TableCell, text.ToString());
                }
            }
        }

        private void WalkHtml(HtmlBlock html)
        {
            var raw = html.Lines.ToString();
            if (!MarkdownInlineText.IsMarkup(raw.TrimStart()))
            {
                // Angle-bracketed prose that Markdown mistook for a tag.
                output.Add(BlockKind.Paragraph, raw);
                return;
            }

            var fragment = new HtmlParser().ParseDocument($"<body>{raw}</body>");
            HtmlNoiseFilter.RemoveInvisible(fragment);
            if (fragment.Body is { } body)
            {
                var walker = new HtmlBlockWalker(output);
                walker.Walk(body);
                walker.Finish();
            }
        }

        private string InlineText(LeafBlock leaf)
        {
            _inline.Clear();
            MarkdownInlineText.Append(leaf.Inline?.FirstChild, _inline);
            return _inline.ToString();
        }
    }
}
