namespace TosScan.Reporting.Scorecards;

/// <summary>The LABELS.md risk labels, their protective counterparts, and the order reports list them in.</summary>
internal static class Labels
{
    public const string Risk = "risk";
    public const string Protective = "protective";
    public const string Other = "other";

    /// <summary>Risk label -> the protective label on the same topic.</summary>
    public static IReadOnlyList<(string Risk, string Protective)> Pairs { get; } =
    [
        ("content_ownership", "protects_ownership"),
        ("indefinite_retention", "bounded_retention"),
        ("third_party_marketing", "no_marketing_sharing"),
    ];

    /// <summary>All six labels: risks first, then protective, in <see cref="Pairs"/> order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Pairs.Select(p => p.Risk), .. Pairs.Select(p => p.Protective)];

    public static string KindOf(string label) =>
        Pairs.Any(p => p.Risk == label) ? Risk
        : Pairs.Any(p => p.Protective == label) ? Protective
        : Other;
}
