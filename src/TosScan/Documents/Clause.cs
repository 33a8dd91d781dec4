namespace TosScan.Documents;

/// <summary>What kind of unit a clause was cut from.</summary>
public enum ClauseKind
{
    Sentence,
    Heading,
    ListItem,
    TableCell,

    /// <summary>A link standing alone (<see cref="BlockKind.Navigation"/>), cut as the paragraph or list item it was.</summary>
    Navigation,
}

/// <summary>
/// The unit that is classified and scored: a sentence of a paragraph, or a heading, list item,
/// table cell or link standing on its own. Headings and links are scored for readability but not
/// classified. <paramref name="Section"/> and <paramref name="Block"/> index
/// into <see cref="Document.Sections"/> and <see cref="Document.Blocks"/>.
/// </summary>
public sealed record Clause(int Index, TextSpan Span, ClauseKind Kind, int Section, int Block);
