using TosScan.Extraction.Cleaning;
using TosScan.Extraction.Html;
using TosScan.Extraction.Markdown;
using TosScan.Extraction.Pdf;
using TosScan.Extraction.PlainText;

namespace TosScan.Extraction;

/// <summary>
/// The extractor for every supported format (HTML, Markdown, plain text, PDF). It picks the format
/// from the declared media type, else the source name's extension, else the first bytes, and
/// hands the bytes to that format's extractor. Stateless: one instance serves any number of
/// documents concurrently.
/// </summary>
public sealed class ContentExtractor : IContentExtractor
{
    private readonly HtmlExtractor _html = new();
    private readonly MarkdownExtractor _markdown = new();
    private readonly PlainTextExtractor _plainText = new();
    private readonly PdfExtractor _pdf = new();

    /// <summary>An extractor for all supported formats.</summary>
    public static IContentExtractor CreateDefault() => new ContentExtractor();

    public ValueTask<ExtractedText> ExtractAsync(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        try
        {
            // The work is CPU-bound on bytes already in memory, so it runs inline; failures still
            // surface through the returned task, as they would from an async method.
            return ValueTask.FromResult(Extract(content, rules, cancellationToken));
        }
        catch (Exception ex) when (ex is ExtractionException or OperationCanceledException)
        {
            return ValueTask.FromException<ExtractedText>(ex);
        }
    }

    private ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (content.Bytes.IsEmpty)
        {
            throw new ExtractionException(content.SourceName, "is empty (0 bytes); check the URL or file and fetch it again");
        }

        var format = FormatDetector.Detect(content);
        IFormatExtractor extractor = format switch
        {
            ContentFormat.Html => _html,
            ContentFormat.Markdown => _markdown,
            ContentFormat.Pdf => _pdf,
            _ => _plainText,
        };

        var result = extractor.Extract(content, rules, cancellationToken);
        if (result.Blocks.Count == 0)
        {
            throw new ExtractionException(content.SourceName, EmptyMessage(format));
        }

        // Cleaning belongs to extraction: every later stage, and the stored version, should read the
        // sentences a reader of the page reads, with spans into that text.
        return GluedDefinitionRemover.Clean(result);
    }

    private static string EmptyMessage(ContentFormat format) => format switch
    {
        ContentFormat.Html => "no text found in the page; if the page builds its text with scripts, fetch it with the browser fetcher (or save the rendered page), and check that the select rules match the content",
        ContentFormat.Pdf => "no text found in the PDF; it is probably a scanned image: run OCR on it or supply a text version",
        _ => "no text found; check that the file is the document itself and not an empty or placeholder file",
    };
}
