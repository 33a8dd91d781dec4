namespace TosScan.Reporting.Scorecards;

/// <summary>
/// One provider's documents taken together. The grade applies the same rule to the documents
/// combined (flags summed, lengths summed, Flesch-Kincaid grade weighted by words), so a provider
/// with one long policy and one with two short ones are compared on the same basis.
/// </summary>
/// <param name="Provider">Provider name.</param>
/// <param name="Documents">Its current documents, by type; each carries its citation.</param>
/// <param name="Labels">Tallies summed over the analysed documents.</param>
/// <param name="Words">Words over the analysed documents.</param>
/// <param name="RiskFlags">Effective risk flags over the analysed documents.</param>
/// <param name="ProtectiveClauses">Effective protective flags over the analysed documents.</param>
/// <param name="FleschKincaidGrade">Word-weighted grade of the scored documents, or null when none was scored.</param>
/// <param name="Grade">The provider's grade over its gradable documents (any left out are named in its steps), or null when none could be graded.</param>
/// <param name="NotGradedReason">Why there is no grade.</param>
/// <param name="NotChecked">
/// Which analysed documents no classifier read: "not checked (language fr)" when none was read (the
/// counts are then shown as not checked), or "privacy_policy: not checked (language fr)" naming those
/// left out of counts that cover the others. Null when every analysed document was read.
/// </param>
/// <param name="Review">How many of the graded documents' flags a person checked, and the agreement where two did; null when reviews were not read.</param>
public sealed record ProviderScorecard(
    string Provider,
    IReadOnlyList<DocumentScorecard> Documents,
    IReadOnlyList<LabelTally> Labels,
    int Words,
    int RiskFlags,
    int ProtectiveClauses,
    double? FleschKincaidGrade,
    Grade? Grade,
    string? NotGradedReason,
    string? NotChecked = null,
    ReviewCoverage? Review = null);
