namespace TosScan.Review;

/// <summary>The labels of LABELS.md a reviewer may confirm, relabel to, or add.</summary>
internal static class ReviewLabels
{
    public static IReadOnlyList<string> Risk { get; } = ["content_ownership", "indefinite_retention", "third_party_marketing"];

    public static IReadOnlyList<string> Protective { get; } = ["protects_ownership", "bounded_retention", "no_marketing_sharing"];

    public static IReadOnlyList<string> All { get; } = [.. Risk, .. Protective];

    public static bool IsKnown(string? label) => label is not null && All.Contains(label, StringComparer.Ordinal);

    public static bool IsRisk(string label) => Risk.Contains(label, StringComparer.Ordinal);
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
