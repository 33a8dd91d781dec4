namespace TosScan.Extraction.Pdf;

/// <summary>
/// One visual line of a PDF page. <paramref name="Baseline"/> is in page units from the bottom;
/// <paramref name="FontSize"/> is the line's most common letter size.
/// </summary>
internal sealed record PdfLine(int Page, string Text, double Baseline, double FontSize, bool IsBold);
