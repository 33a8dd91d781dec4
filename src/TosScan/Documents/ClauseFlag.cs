namespace TosScan.Documents;

/// <summary>Whether a flag marks a risky practice or its protective counterpart.</summary>
public enum FlagKind
{
    Risk,
    Protective,
}

/// <summary>
/// A label attached to one clause, with the evidence a policy officer needs to check it.
/// </summary>
/// <param name="ClauseIndex">Index into <see cref="Document.Clauses"/>.</param>
/// <param name="Label">The LABELS.md name, e.g. <c>content_ownership</c> or <c>no_marketing_sharing</c>.</param>
/// <param name="Kind">Risk or protective.</param>
/// <param name="Score">Calibrated probability in [0, 1].</param>
/// <param name="Threshold">The score at or above which this label is assigned.</param>
/// <param name="Evidence">The words that triggered the flag, as spans of the document text.</param>
/// <param name="Reason">One line a policy officer can read.</param>
/// <param name="Consent"><c>opt_in</c>, <c>opt_out</c> or <c>none</c> for marketing flags; null otherwise.</param>
public sealed record ClauseFlag(
    int ClauseIndex,
    string Label,
    FlagKind Kind,
    double Score,
    double Threshold,
    IReadOnlyList<TextSpan> Evidence,
    string Reason,
    string? Consent = null);
