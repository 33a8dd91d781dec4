using TosScan.Documents;

namespace TosScan.Pipeline;

/// <summary>
/// One stage after extraction: takes a document and returns a new one with its results added.
/// Stages hold no per-document state, so one instance can serve many documents at once.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name for logs and the run manifest (e.g. <c>segmentation</c>).</summary>
    string Name { get; }

    ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken);
}
