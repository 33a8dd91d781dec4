namespace TosScan.Extraction;

/// <summary>Turns raw bytes into text with structure. Throws <see cref="ExtractionException"/> on bad input.</summary>
public interface IContentExtractor
{
    ValueTask<ExtractedText> ExtractAsync(RawContent content, ExtractionRules rules, CancellationToken cancellationToken);
}
