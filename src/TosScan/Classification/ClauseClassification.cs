using TosScan.Documents;

namespace TosScan.Classification;

/// <summary>
/// What the classifier found in one text: the labels at or above their thresholds, the consent a
/// marketing clause names, the calibrated score of every label, and one finding per assigned label.
/// </summary>
/// <param name="Labels">Risk labels assigned, in <see cref="ClauseLabels.Risk"/> order.</param>
/// <param name="Protective">Protective labels assigned, in <see cref="ClauseLabels.Protective"/> order.</param>
/// <param name="Consent"><c>opt_in</c>, <c>opt_out</c> or <c>none</c> when third_party_marketing is assigned; null otherwise.</param>
/// <param name="Scores">Calibrated score of each of the six labels.</param>
/// <param name="Findings">The assigned labels with threshold, evidence and reason.</param>
public sealed record ClauseClassification(
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Protective,
    string? Consent,
    IReadOnlyDictionary<string, double> Scores,
    IReadOnlyList<LabelFinding> Findings)
{
    /// <summary>Every piece of evidence of every finding.</summary>
    public IEnumerable<EvidenceSpan> Evidence => Findings.SelectMany(f => f.Evidence);
}

/// <summary>One assigned label.</summary>
/// <param name="Label">The LABELS.md name.</param>
/// <param name="Kind">Risk or protective.</param>
/// <param name="Score">Calibrated probability in [0, 1].</param>
/// <param name="Threshold">The label's threshold (score at or above it assigns the label).</param>
/// <param name="Evidence">The words that pushed the score up, as spans of the classified text.</param>
/// <param name="Reason">One line a policy officer can read.</param>
/// <param name="Consent">The consent named, for third_party_marketing; null otherwise.</param>
public sealed record LabelFinding(
    string Label,
    FlagKind Kind,
    double Score,
    double Threshold,
    IReadOnlyList<EvidenceSpan> Evidence,
    string Reason,
    string? Consent);

/// <summary>Words that support a label: their span in the classified text and the words themselves.</summary>
public sealed record EvidenceSpan(string Label, TextSpan Span, string Text);
