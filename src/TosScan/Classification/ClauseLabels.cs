using TosScan.Documents;

namespace TosScan.Classification;

/// <summary>The label names of LABELS.md and how risk labels pair with their protective counterparts.</summary>
public static class ClauseLabels
{
    public const string ContentOwnership = "content_ownership";
    public const string IndefiniteRetention = "indefinite_retention";
    public const string ThirdPartyMarketing = "third_party_marketing";
    public const string ProtectsOwnership = "protects_ownership";
    public const string BoundedRetention = "bounded_retention";
    public const string NoMarketingSharing = "no_marketing_sharing";

    public const string OptIn = "opt_in";
    public const string OptOut = "opt_out";
    public const string NoConsent = "none";

    /// <summary>The three risk labels, in report order.</summary>
    public static IReadOnlyList<string> Risk { get; } = [ContentOwnership, IndefiniteRetention, ThirdPartyMarketing];

    /// <summary>The three protective labels, in the same order as <see cref="Risk"/>.</summary>
    public static IReadOnlyList<string> Protective { get; } = [ProtectsOwnership, BoundedRetention, NoMarketingSharing];

    /// <summary>All six labels: risk first, then protective.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Risk, .. Protective];

    public static FlagKind KindOf(string label) =>
        Risk.Contains(label) ? FlagKind.Risk
        : Protective.Contains(label) ? FlagKind.Protective
        : throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
}
