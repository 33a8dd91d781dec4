using TosScan.Documents;
using TosScan.Pipeline;

namespace TosScan.Classification;

/// <summary>
/// Fills <see cref="Document.Flags"/>: every clause is classified and each assigned label becomes a
/// <see cref="ClauseFlag"/> whose evidence spans are shifted from clause offsets to document offsets.
/// Runs after segmentation. Holds only the immutable classifier, so one instance serves many
/// documents concurrently.
/// </summary>
public sealed class ClassificationStage : IDocumentStage
{
    private readonly IClauseClassifier _classifier;

    public ClassificationStage(IClauseClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifier = classifier;
    }

    /// <summary>Loads the models named by <paramref name="options"/> (validated here, once).</summary>
    public ClassificationStage(ClassifierOptions options)
        : this(ClauseClassifiers.Load(options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    public string Name => "classification";

    /// <summary>The model version: new models must re-read documents whose bytes did not change.</summary>
    public string Configuration => "model " + _classifier.ModelVersion;

    public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!ClassificationCoverage.Covers(document.Language) && document.Language is { } language)
        {
            // The models learnt English wording; on other languages they would find nothing and
            // make a document look clean. Say so instead, and leave the document unflagged.
            return ValueTask.FromResult(document.WithProvenance("classification", $"not applied: the models read English and the document is '{language}'"));
        }

        // A heading names a topic ("Moral Rights") and a link standing alone names a place to read
        // ("Retention of Your Information" in a table of contents); neither grants nor keeps anything.
        var clauses = document.Clauses.Where(c => c.Kind is not (ClauseKind.Heading or ClauseKind.Navigation)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var results = _classifier.ClassifyAll([.. clauses.Select(c => document.TextOf(c.Span))]);
        var flags = new List<ClauseFlag>();
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            foreach (var finding in results[i].Findings)
            {
                flags.Add(new ClauseFlag(
                    clause.Index,
                    finding.Label,
                    finding.Kind,
                    finding.Score,
                    finding.Threshold,
                    [.. finding.Evidence.Select(e => e.Span.Offset(clause.Span.Start))],
                    finding.Reason,
                    finding.Consent));
            }
        }

        return ValueTask.FromResult((document with { Flags = flags }).WithProvenance("model", _classifier.ModelVersion));
    }
}
