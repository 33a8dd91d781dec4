namespace TosScan.Diffing;

/// <summary>
/// How the clauses of two versions line up. Every old and every new index appears exactly once:
/// in a pair, or in the unmatched list of its side.
/// </summary>
internal sealed record ClauseAlignment(
    IReadOnlyList<AlignedPair> Exact,
    IReadOnlyList<AlignedPair> Similar,
    IReadOnlyList<int> UnmatchedOld,
    IReadOnlyList<int> UnmatchedNew);

/// <summary>An old clause matched to a new one, with their similarity (1 for an exact match).</summary>
internal readonly record struct AlignedPair(int Old, int New, double Similarity);
