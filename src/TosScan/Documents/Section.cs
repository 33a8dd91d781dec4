namespace TosScan.Documents;

/// <summary>
/// A part of the document that starts at a heading (or at the start of the text) and runs to the
/// next heading of the same or a higher level. <paramref name="Heading"/> is null for the preamble.
/// </summary>
public sealed record Section(int Index, TextSpan Span, TextSpan? Heading, int Level);
