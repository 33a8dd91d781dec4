namespace TosScan.Reporting.Scorecards;

/// <summary>The figures of one document version.</summary>
/// <param name="Citation">Where the figures come from.</param>
/// <param name="Words">Words in the extracted text (runs of letters or digits), the length the grade normalises by.</param>
/// <param name="Clauses">Clauses the segmenter found.</param>
/// <param name="Labels">One tally per label, the six LABELS.md labels first.</param>
/// <param name="RiskFlags">Effective risk flags (all three risk labels).</param>
/// <param name="ProtectiveClauses">Effective protective flags.</param>
/// <param name="Readability">Readability figures, or why there are none.</param>
/// <param name="Grade">The grade, or null when it could not be given (see <paramref name="NotGradedReason"/>).</param>
/// <param name="NotGradedReason">Why there is no grade: no usable analysis, or no classifier ran on it.</param>
/// <param name="Problem">Why figures are missing (no analysis stored, unreadable analysis), or null.</param>
/// <param name="NotChecked">
/// Set when no classifier read the document, e.g. "not checked (language fr)": its flag counts are
/// then zero only because nothing was looked for, and every report shows this instead of them.
/// </param>
/// <param name="Review">How many of the document's flags a person checked, and the agreement where two did; null when reviews were not read.</param>
public sealed record DocumentScorecard(
    Citation Citation,
    int Words,
    int Clauses,
    IReadOnlyList<LabelTally> Labels,
    int RiskFlags,
    int ProtectiveClauses,
    ReadabilitySummary Readability,
    Grade? Grade,
    string? NotGradedReason,
    string? Problem,
    string? NotChecked = null,
    ReviewCoverage? Review = null);
