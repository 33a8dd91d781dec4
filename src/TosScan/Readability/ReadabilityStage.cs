using TosScan.Documents;
using TosScan.Pipeline;

namespace TosScan.Readability;

/// <summary>
/// The pipeline stage that fills <see cref="DocumentReadability"/> (the document's readability annotation). Runs after language detection
/// and segmentation (structured mode uses the clauses). Stateless apart from the shared analyzer.
/// </summary>
public sealed class ReadabilityStage : IDocumentStage
{
    private readonly ReadabilityAnalyzer _analyzer;

    public ReadabilityStage(ReadabilityAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
    }

    public ReadabilityStage(ReadabilityOptions? options = null)
        : this(new ReadabilityAnalyzer(options))
    {
    }

    public string Name => "readability";

    public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(document.WithAnnotation(_analyzer.ScoreDocument(document)));
    }
}
