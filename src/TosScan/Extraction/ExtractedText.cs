using TosScan.Documents;

namespace TosScan.Extraction;

/// <summary>The text of a document and its structure as spans into that text.</summary>
public sealed record ExtractedText(string Text, IReadOnlyList<Block> Blocks, string? Title)
{
    /// <summary>
    /// Things the user should know about how the text was read (e.g. an unknown declared charset that
    /// was ignored, or select rules that matched nothing). Empty when extraction went as declared.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Text taken out after extraction (glued glossary definitions), with where; empty when none.</summary>
    public IReadOnlyList<TextRemoval> Removed { get; init; } = [];
}
