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

    /// <summary>
    /// What, besides TosScan's own version, decides this stage's output: a model version, an option
    /// the user gave. Part of the key by which a stored analysis of the same bytes is reused, so a
    /// new model or a changed option re-analyses rather than reusing a stale result. Empty when the
    /// code alone decides.
    /// </summary>
    string Configuration => string.Empty;

    ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken);
}
