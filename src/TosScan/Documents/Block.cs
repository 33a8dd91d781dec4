namespace TosScan.Documents;

/// <summary>What a structural unit of the extracted text is.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableCell,

    /// <summary>
    /// A paragraph or list item that is only a link: a table-of-contents entry, or a card pointing
    /// to another page ("Marketing vendors"). It says where to read, not what the provider does.
    /// </summary>
    Navigation,
}

/// <summary>
/// One structural unit of the extracted text: a heading, a paragraph, a list item, a table cell or a
/// link standing alone. <paramref name="Level"/> is the heading level (1-6) for headings and the
/// nesting depth (1-based) for list items and for links inside a list; 0 otherwise.
/// </summary>
public sealed record Block(BlockKind Kind, TextSpan Span, int Level = 0);
