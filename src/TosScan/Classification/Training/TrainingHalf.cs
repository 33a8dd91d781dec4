namespace TosScan.Classification.Training;

/// <summary>
/// A labelled set kept outside the repository (../shared/eval) whose rows carry a fixed
/// <c>split</c>. Only its <c>"train"</c> rows are read, so the test half stays a yardstick.
/// </summary>
/// <param name="Path">The JSONL file (LABELS.md format, with a <c>split</c> field on every row).</param>
/// <param name="GroupField">
/// The row field that names the company or policy a row comes from. Rows that share it share a
/// cross-validation fold, as they share a half in the official split: a quote of one company's
/// terms must not be scored by a model that saw its sibling quote.
/// </param>
/// <param name="RequireSplit">
/// False for a development set that has no split (every row is a training row); true for a set
/// with a test half, where a row without <c>split</c> is refused rather than guessed.
/// </param>
/// <param name="Weight">Training weight of each row relative to a corpus clause; null for the trainer's weight of real rows.</param>
public sealed record TrainingHalf(string Path, string GroupField, bool RequireSplit = true, float? Weight = null)
{
    /// <summary>The sets <c>train</c> reads by default from the shared evaluation folder.</summary>
    public static IReadOnlyList<TrainingHalf> DefaultsIn(string sharedEvalDirectory) =>
    [
        new(System.IO.Path.Combine(sharedEvalDirectory, "tosdr_clauses.jsonl"), "group"),
        new(System.IO.Path.Combine(sharedEvalDirectory, "opp115_segments.jsonl"), "policy"),
    ];
}
