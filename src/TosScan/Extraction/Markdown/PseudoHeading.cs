using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TosScan.Extraction.Markdown;

/// <summary>
/// Recognises paragraphs that act as headings in policies converted from HTML, which often lose
/// their heading markup: a paragraph that is only bold text ("**2. Use of the Services**"), or a
/// short plain line with no final punctuation ("Information We Collect").
/// </summary>
internal static class PseudoHeading
{
    private const int MaxBoldLength = 120;
    private const int MaxBoldWords = 16;
    private const int MaxPlainWords = 8;

    /// <param name="paragraph">The parsed paragraph (its inlines; Markdig drops the source lines).</param>
    /// <param name="text">The paragraph's plain text.</param>
    public static bool Matches(ParagraphBlock paragraph, string text)
    {
        text = text.Trim();
        if (paragraph.Inline is null || text.Length == 0 || text[^1] is '.' or ',' or ';' or ':' or '!' or '?' || text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Shape(paragraph) switch
        {
            InlineShape.Bold => text.Length <= MaxBoldLength && words <= MaxBoldWords,
            InlineShape.Plain => words <= MaxPlainWords && char.IsUpper(text[0]),
            _ => false,
        };
    }

    private enum InlineShape
    {
        Plain,
        Bold,
        Mixed,
    }

    private static InlineShape Shape(ParagraphBlock paragraph)
    {
        bool sawBold = false, sawPlain = false;
        foreach (var inline in paragraph.Inline!)
        {
            switch (inline)
            {
                case EmphasisInline { DelimiterCount: >= 2 }:
                    sawBold = true;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                case LiteralInline or HtmlEntityInline:
                    sawPlain = true;
                    break;
                default:
                    return InlineShape.Mixed; // links, code, line breaks: not a heading
            }
        }

        return (sawBold, sawPlain) switch
        {
            (true, false) => InlineShape.Bold,
            (false, true) => InlineShape.Plain,
            _ => InlineShape.Mixed,
        };
    }
}
