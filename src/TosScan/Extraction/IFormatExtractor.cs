namespace TosScan.Extraction;

/// <summary>
/// Extracts one format. Synchronous because the work is CPU-bound on bytes already in memory;
/// the dispatcher owns the async surface.
/// </summary>
internal interface IFormatExtractor
{
    ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken);
}
