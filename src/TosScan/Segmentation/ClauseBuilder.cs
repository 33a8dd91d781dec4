using TosScan.Documents;

namespace TosScan.Segmentation;

/// <summary>
/// Cuts blocks into clauses: headings whole, paragraphs into sentences, list items
/// whole unless they are long and hold several sentences. Links standing alone are cut as the
/// paragraph or list item they were.
/// </summary>
internal sealed class ClauseBuilder(SentenceSplitter splitter, SegmentationOptions options)
{
    public IReadOnlyList<Clause> Build(string text, IReadOnlyList<Block> blocks, int[] sectionOfBlock, CancellationToken cancellationToken)
    {
        var clauses = new List<Clause>(blocks.Count * 2);
        for (var b = 0; b < blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = blocks[b];
            foreach (var (span, kind) in Cut(text, block))
            {
                clauses.Add(new Clause(clauses.Count, span, kind, sectionOfBlock[b], b));
            }
        }

        return clauses;
    }

    private IEnumerable<(TextSpan Span, ClauseKind Kind)> Cut(string text, Block block)
    {
        switch (block.Kind)
        {
            case BlockKind.Paragraph:
                return splitter.Split(text, block.Span).Select(s => (s, ClauseKind.Sentence));
            case BlockKind.Navigation when block.Level == 0:
                // A paragraph of links, one per line ("Privacy Policy\nBrand Guidelines"), is cut as
                // a paragraph is, so each link stays one unit for readability.
                return splitter.Split(text, block.Span).Select(s => (s, ClauseKind.Navigation));
            case BlockKind.ListItem or BlockKind.TableCell or BlockKind.Navigation when block.Span.Length >= options.SplitItemsLongerThan:
                var kind = KindOf(block.Kind);
                return splitter.Split(text, block.Span).Select(s => (s, kind));
            default:
                var whole = Trim(text, block.Span);
                return whole.Length == 0 ? [] : [(whole, KindOf(block.Kind))];
        }
    }

    private static ClauseKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Heading => ClauseKind.Heading,
        BlockKind.ListItem => ClauseKind.ListItem,
        BlockKind.TableCell => ClauseKind.TableCell,
        BlockKind.Navigation => ClauseKind.Navigation,
        _ => ClauseKind.Sentence,
    };

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
