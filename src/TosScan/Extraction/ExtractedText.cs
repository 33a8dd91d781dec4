using TosScan.Documents;

namespace TosScan.Extraction;

/// <summary>The text of a document and its structure as spans into that text.</summary>
public sealed record ExtractedText(string Text, IReadOnlyList<Block> Blocks, string? Title);
