using TosScan.Documents;

namespace TosScan.Segmentation;

/// <summary>
/// Builds the flat, document-ordered list of sections: one per heading, running to the next heading
/// of the same or a higher level (so sections nest and a parent's span contains its children), plus
/// a preamble (Heading null, Level 0) for any text before the first heading.
/// Also tells, for each block, the innermost section it belongs to.
/// </summary>
internal static class SectionBuilder
{
    public static (IReadOnlyList<Section> Sections, int[] SectionOfBlock) Build(IReadOnlyList<Block> blocks)
    {
        var sectionOfBlock = new int[blocks.Count];
        var starts = new List<(int Block, int Level)>();
        var endBlock = new List<int>();
        var open = new Stack<int>();

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                var level = Math.Clamp(block.Level, 1, 6);
                while (open.Count > 0 && (starts[open.Peek()].Level >= level || starts[open.Peek()].Level == 0))
                {
                    endBlock[open.Pop()] = b - 1;
                }

                open.Push(starts.Count);
                starts.Add((b, level));
                endBlock.Add(blocks.Count - 1);
            }
            else if (b == 0)
            {
                open.Push(0);
                starts.Add((0, 0)); // preamble
                endBlock.Add(blocks.Count - 1);
            }

            sectionOfBlock[b] = open.Peek();
        }

        var sections = new Section[starts.Count];
        for (var s = 0; s < starts.Count; s++)
        {
            var (first, level) = starts[s];
            var span = TextSpan.FromBounds(blocks[first].Span.Start, blocks[endBlock[s]].Span.End);
            sections[s] = new Section(s, span, level == 0 ? null : blocks[first].Span, level);
        }

        return (sections, sectionOfBlock);
    }
}
