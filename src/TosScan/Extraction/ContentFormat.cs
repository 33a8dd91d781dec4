namespace TosScan.Extraction;

/// <summary>The input formats the extractor understands.</summary>
internal enum ContentFormat
{
    Html,
    Markdown,
    PlainText,
    Pdf,
}
