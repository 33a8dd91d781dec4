using TosScan.Documents;
using TosScan.Pipeline;

namespace TosScan.Segmentation;

/// <summary>
/// Fills <see cref="Document.Sections"/> and <see cref="Document.Clauses"/> from the document's
/// blocks. Holds no per-document state: one instance serves any number of documents concurrently.
/// </summary>
public sealed class SegmentationStage : IDocumentStage
{
    private readonly ClauseBuilder _clauses;

    /// <summary>Creates the stage; the options are validated here, once.</summary>
    /// <param name="options">Segmentation options, or null for the defaults.</param>
    public SegmentationStage(SegmentationOptions? options = null)
    {
        options ??= new SegmentationOptions();
        options.Validate();
        _clauses = new ClauseBuilder(new SentenceSplitter(options.Sentences), options);
    }

    public string Name => "segmentation";

    public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (sections, sectionOfBlock) = SectionBuilder.Build(document.Blocks);
        var clauses = _clauses.Build(document.Text, document.Blocks, sectionOfBlock, cancellationToken);
        return ValueTask.FromResult(document with { Sections = sections, Clauses = clauses });
    }
}
