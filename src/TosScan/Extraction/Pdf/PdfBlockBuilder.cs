using System.Text;
using System.Text.RegularExpressions;
using TosScan.Documents;
using TosScan.Extraction.PlainText;

namespace TosScan.Extraction.Pdf;

/// <summary>
/// Turns the lines of a PDF into blocks. A larger or bold short line is a heading; a line with a
/// list marker starts a list item; a vertical gap clearly wider than the usual line spacing starts
/// a paragraph. Lines of one block are joined with a space, or without one where a word was
/// hyphenated across the line break.
/// </summary>
internal static partial class PdfBlockBuilder
{
    /// <summary>A gap this much wider than the usual line spacing separates paragraphs.</summary>
    private const double ParagraphGapFactor = 1.15;

    /// <summary>Text this much larger than the body text is a heading.</summary>
    private const double HeadingSizeFactor = 1.12;

    private const int MaxHeadingLength = 120;

    public static string? Build(IReadOnlyList<PdfLine> lines, TextAssembler output)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var bodySize = BodySize(lines);
        var lineGap = UsualLineGap(lines, bodySize);
        string? firstHeading = null;
        var text = new StringBuilder();
        var kind = BlockKind.Paragraph;
        var level = 0;
        PdfLine? previous = null;

        void Flush()
        {
            output.Add(kind, text.ToString(), level);
            text.Clear();
        }

        foreach (var line in lines)
        {
            var headingLevel = HeadingLevel(line, bodySize);
            var startsBlock = previous is null
                || headingLevel > 0
                || HeadingLevel(previous, bodySize) > 0
                || LineShape.IsListItem(line.Text)
                || StartsParagraph(previous, line, lineGap);

            if (startsBlock && headingLevel > 0 && previous is not null && kind == BlockKind.Heading
                && level == headingLevel && previous.Page == line.Page && previous.Baseline - line.Baseline < line.FontSize * 1.6
                && !Numbering().IsMatch(line.Text))
            {
                // A heading wrapped over two lines (a numbered line starts the next heading instead).
                startsBlock = false;
            }

            if (startsBlock)
            {
                Flush();
                (kind, level) = headingLevel > 0 ? (BlockKind.Heading, headingLevel)
                    : LineShape.IsListItem(line.Text) ? (BlockKind.ListItem, 1)
                    : (BlockKind.Paragraph, 0);
                text.Append(line.Text);
                if (headingLevel > 0)
                {
                    firstHeading ??= line.Text;
                }
            }
            else
            {
                AppendJoined(text, line.Text);
            }

            previous = line;
        }

        Flush();
        return firstHeading;
    }

    private static void AppendJoined(StringBuilder text, string next)
    {
        // "inform-" + "ation" was one word broken by the layout; "e-" + "Mail" or "-" + "2" were not.
        if (text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]))
        {
            text.Length--;
            text.Append(next);
            return;
        }

        text.Append(' ').Append(next);
    }

    private static bool StartsParagraph(PdfLine previous, PdfLine line, double lineGap)
    {
        if (previous.Page != line.Page)
        {
            // A paragraph continues over the page break unless the last line ended a sentence.
            return EndsSentence(previous.Text) || !char.IsLower(line.Text[0]);
        }

        var gap = previous.Baseline - line.Baseline;
        return gap < 0 || gap > lineGap * ParagraphGapFactor;
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(':');

    private static int HeadingLevel(PdfLine line, double bodySize)
    {
        var text = line.Text.Trim();
        if (text.Length is 0 or > MaxHeadingLength || LineShape.IsListItem(text))
        {
            return 0;
        }

        var larger = line.FontSize >= bodySize * HeadingSizeFactor;
        var boldTitle = line.IsBold && !text.EndsWith('.') && !text.EndsWith(',');
        if (!larger && !boldTitle)
        {
            return 0;
        }

        if (line.FontSize >= bodySize * 1.5)
        {
            return 1;
        }

        var number = Numbering().Match(text);
        return number.Success ? Math.Min(6, number.Groups["n"].Value.TrimEnd('.').Split('.').Length + 1) : 2;
    }

    private static double BodySize(IReadOnlyList<PdfLine> lines) =>
        lines.GroupBy(l => l.FontSize).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;

    private static double UsualLineGap(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            var gap = a.Baseline - b.Baseline;
            if (a.Page == b.Page && a.FontSize == bodySize && b.FontSize == bodySize && gap > 0)
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return bodySize * 1.2;
        }

        // The most common gap is the line spacing inside paragraphs (paragraph gaps are rarer).
        return gaps.GroupBy(g => Math.Round(g, 1)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*\.?)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
