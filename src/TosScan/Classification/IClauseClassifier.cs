namespace TosScan.Classification;

/// <summary>
/// Flags one clause (or a short paragraph). Implementations are immutable after loading and safe
/// to call from many threads at once.
/// </summary>
public interface IClauseClassifier
{
    /// <summary>Classifies <paramref name="text"/>; evidence offsets are into <paramref name="text"/>.</summary>
    ClauseClassification Classify(string text);

    /// <summary>
    /// Classifies many texts; the same results as <see cref="Classify"/> on each, in order, but
    /// faster where the models encode sentences (the encoder works in batches).
    /// </summary>
    IReadOnlyList<ClauseClassification> ClassifyAll(IReadOnlyList<string> texts) => [.. texts.Select(Classify)];

    /// <summary>Identifies the models that decide predictions, so a cited flag can be traced.</summary>
    string ModelVersion { get; }
}
