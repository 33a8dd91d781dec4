using System.Text;
using TosScan.Documents;
using TosScan.Extraction.Text;

namespace TosScan.Extraction.PlainText;

/// <summary>
/// Plain text to blocks: blank lines separate paragraphs; heading-like lines and list-marker lines
/// become their own blocks; other lines join the paragraph (or list item) they continue.
/// </summary>
internal sealed class PlainTextExtractor : IFormatExtractor
{
    /// <summary>Text wrapped narrower than this is rare; shorter lines are deliberate breaks.</summary>
    private const int MinWrapWidth = 50;

    public ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, isHtml: false);
        var output = new TextAssembler();
        string? title = null;
        foreach (var paragraph in Paragraphs(decoded.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddParagraph(paragraph, output, ref title);
        }

        return output.Build(title, decoded.Notes);
    }

    internal static void AddParagraph(IReadOnlyList<string> lines, TextAssembler output, ref string? title)
    {
        var current = new StringBuilder();
        var kind = BlockKind.Paragraph;
        var level = 0;
        var baseIndent = -1;
        var longest = lines.Max(l => l.Trim().Length);

        void Flush()
        {
            output.Add(kind, current.ToString(), level);
            current.Clear();
            (kind, level) = (BlockKind.Paragraph, 0);
        }

        // Only the top of a paragraph (or a line right after a heading) can be a heading: inside
        // a paragraph a short line is just the end of a wrapped sentence.
        var headingAllowed = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var headingLevel = headingAllowed && !LineShape.IsListItem(line)
                ? LineShape.HeadingLevel(line, i + 1 < lines.Count ? lines[i + 1] : null)
                : 0;
            headingAllowed = headingLevel > 0;
            if (headingLevel > 0)
            {
                Flush();
                output.Add(BlockKind.Heading, line, headingLevel);
                title ??= line.Trim();
                continue;
            }

            if (LineShape.IsListItem(line))
            {
                Flush();
                var indent = line.Length - line.TrimStart().Length;
                baseIndent = baseIndent < 0 ? indent : Math.Min(baseIndent, indent);
                (kind, level) = (BlockKind.ListItem, indent > baseIndent + 1 ? 2 : 1);
            }

            if (current.Length > 0)
            {
                current.Append(IsWrapped(lines[i - 1], longest) ? ' ' : '\n');
            }

            current.Append(line.Trim());
        }

        Flush();
    }

    /// <summary>
    /// A line that runs close to the paragraph's full width was broken by the writer's wrap width,
    /// so the break is just a space. A clearly shorter line was ended on purpose (an address, a
    /// title line) and keeps its line break, which segmentation uses as a boundary.
    /// </summary>
    private static bool IsWrapped(string line, int longest)
    {
        var length = line.Trim().Length;
        return length >= MinWrapWidth && length * 10 >= longest * 7;
    }

    private static IEnumerable<IReadOnlyList<string>> Paragraphs(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (lines.Count > 0)
                {
                    yield return lines;
                    lines = [];
                }

                continue;
            }

            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            yield return lines;
        }
    }
}
