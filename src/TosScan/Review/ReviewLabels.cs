using TosScan.Reporting.Scorecards;

namespace TosScan.Review;

/// <summary>The LABELS.md labels a reviewer may confirm, relabel to, or add (the reports' own list).</summary>
internal static class ReviewLabels
{
    public static IReadOnlyList<string> All => Labels.All;

    public static bool IsKnown(string? label) => label is not null && Labels.All.Contains(label, StringComparer.Ordinal);

    public static bool IsRisk(string label) => Labels.KindOf(label) == Labels.Risk;
}

/// <summary>The values of <see cref="Storage.ReviewDecision.Decision"/>.</summary>
internal static class ReviewDecisionKinds
{
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Relabelled = "relabelled";
    public const string Added = "added";

    public static bool IsKnown(string? decision) => decision is Confirmed or Rejected or Relabelled or Added;
}
