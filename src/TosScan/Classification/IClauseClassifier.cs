namespace TosScan.Classification;

/// <summary>
/// Flags one clause (or a short paragraph). Implementations are immutable after loading and safe
/// to call from many threads at once.
/// </summary>
public interface IClauseClassifier
{
    /// <summary>Classifies <paramref name="text"/>; evidence offsets are into <paramref name="text"/>.</summary>
    ClauseClassification Classify(string text);

    /// <summary>Identifies the models that decide predictions, so a cited flag can be traced.</summary>
    string ModelVersion { get; }
}
