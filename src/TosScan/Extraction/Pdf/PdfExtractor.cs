using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace TosScan.Extraction.Pdf;

/// <summary>
/// PDF to text with PdfPig: words grouped into lines per page, running headers, footers and page
/// numbers removed, lines grouped into headings, list items and paragraphs.
/// A page that cannot be read is skipped with a note so the rest of the document is kept.
/// </summary>
internal sealed class PdfExtractor : IFormatExtractor
{
    public ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        using var document = Open(content);
        var notes = new List<string>();
        var pages = new List<IReadOnlyList<PdfLine>>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                pages.Add(PdfLineReader.Read(document.GetPage(number), number));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                notes.Add($"page {number} could not be read ({ex.Message}) and was skipped");
            }
        }

        var output = new TextAssembler();
        var firstHeading = PdfBlockBuilder.Build(PageFurniture.Remove(pages), output);
        var title = document.Information.Title;
        return output.Build(string.IsNullOrWhiteSpace(title) ? firstHeading : title, notes);
    }

    private static PdfDocument Open(RawContent content)
    {
        try
        {
            return PdfDocument.Open(content.Bytes.ToArray());
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ExtractionException(content.SourceName, $"is an encrypted PDF that cannot be opened ({ex.Message}); supply an unprotected copy or a text version", ex);
        }
        catch (Exception ex)
        {
            throw new ExtractionException(content.SourceName, $"is not a readable PDF: {ex.Message}; re-download it or supply a text version", ex);
        }
    }
}
