using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Pipeline;

/// <summary>
/// Runs one document through extraction and then every stage in order
/// (language, segmentation, classification, readability, ...). Holds no per-document state,
/// so one analyzer serves a whole scan, concurrently.
/// </summary>
public sealed class DocumentAnalyzer
{
    private readonly IContentExtractor _extractor;
    private readonly IReadOnlyList<IDocumentStage> _stages;

    public DocumentAnalyzer(IContentExtractor extractor, IEnumerable<IDocumentStage> stages)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(stages);
        _extractor = extractor;
        _stages = [.. stages];
    }

    /// <summary>Names of the stages, in order, for the run manifest.</summary>
    public IReadOnlyList<string> StageNames => [.. _stages.Select(s => s.Name)];

    /// <summary>
    /// Everything that decides this analyzer's output for given bytes and rules: TosScan's version
    /// (its extractor and stages) and each stage's configuration. Two analyzers with the same
    /// fingerprint produce the same analysis, so a stored one can be reused.
    /// </summary>
    public string Fingerprint => string.Join("; ", [$"tosscan {TosScanVersion.Current}", .. _stages.Select(s => s.Configuration.Length == 0 ? s.Name : $"{s.Name} ({s.Configuration})")]);

    public async Task<Document> AnalyzeAsync(RawContent content, DocumentSource source, ExtractionRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var extracted = await _extractor.ExtractAsync(content, rules ?? ExtractionRules.None, cancellationToken).ConfigureAwait(false);
        var document = new Document(source, extracted.Text, extracted.Blocks, extracted.Title) { Notes = extracted.Notes, Removed = extracted.Removed };
        return await ProcessAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the stages on an already extracted document (used by re-extraction and tests).</summary>
    public async Task<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = await stage.ProcessAsync(document, cancellationToken).ConfigureAwait(false);
        }

        return document;
    }
}
