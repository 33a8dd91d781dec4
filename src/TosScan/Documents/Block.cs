namespace TosScan.Documents;

/// <summary>What a structural unit of the extracted text is.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

/// <summary>
/// One structural unit of the extracted text: a heading, a paragraph, a list item or a table cell.
/// <paramref name="Level"/> is the heading level (1-6) for headings and the nesting depth (1-based)
/// for list items; 0 otherwise.
/// </summary>
public sealed record Block(BlockKind Kind, TextSpan Span, int Level = 0);
