using TosScan.Documents;

namespace TosScan.Readability;

/// <summary>
/// <c>document.Readability</c>: the readability stage's annotation, read where the readability
/// namespace is in scope, so the document model itself need not know the stage.
/// </summary>
public static class DocumentReadability
{
    extension(Document document)
    {
        /// <summary>What <see cref="ReadabilityStage"/> found; null when it did not run.</summary>
        public ReadabilityReport? Readability => document.Annotation<ReadabilityReport>();
    }
}
