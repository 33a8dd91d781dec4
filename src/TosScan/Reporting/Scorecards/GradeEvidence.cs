namespace TosScan.Reporting.Scorecards;

/// <summary>
/// One effective flag as a grade rule weighs it (grade-rule v2 reads these; v1 reads only counts).
/// </summary>
/// <param name="Label">LABELS.md label.</param>
/// <param name="Kind"><c>risk</c> or <c>protective</c>.</param>
/// <param name="Certainty">
/// How sure the grade may be that the flag is right: its calibrated score when no reviewer has
/// decided on it, 1 when a reviewer confirmed or added it.
/// </param>
/// <param name="Reviewed">True when a person's decision stands behind the flag (then it is certain).</param>
/// <param name="Text">The clause text, read for the clause's strength and for near-duplicates.</param>
/// <param name="Consent">opt_in, opt_out or none for marketing flags.</param>
/// <param name="DocumentType">The document the clause is in, so a provider's steps can name it.</param>
/// <param name="ClauseKey">What review decisions are filed under; identifies the flag.</param>
public sealed record GradeEvidence(
    string Label,
    string Kind,
    double Certainty,
    bool Reviewed,
    string Text,
    string? Consent,
    string DocumentType,
    string ClauseKey)
{
    /// <summary>The effective flags of a set of flagged-clause rows (rejected ones left out).</summary>
    public static IReadOnlyList<GradeEvidence> From(IEnumerable<FlaggedClause> rows) =>
    [
        .. rows
            .Where(r => r.Effective && r.Kind is Labels.Risk or Labels.Protective)
            .Select(r =>
            {
                // A person's confirmation (or an added label) makes the flag certain; an unreviewed
                // flag is as sure as its calibrated score says.
                var reviewed = r.Decision is "confirmed" or "added" or "relabelled";
                return new GradeEvidence(r.Label, r.Kind, reviewed || r.Score is null ? 1.0 : Math.Clamp(r.Score.Value, 0, 1), reviewed, r.Text, r.Consent, r.Citation.DocumentType, r.ClauseKey);
            }),
    ];
}
