using TosScan.Reporting.Scorecards;

namespace TosScan.Review;

/// <summary>The LABELS.md labels a reviewer may confirm, relabel to, or add (the reports' own list).</summary>
internal static class ReviewLabels
{
    public static IReadOnlyList<string> All => Labels.All;

    public static bool IsKnown(string? label) => label is not null && Labels.All.Contains(label, StringComparer.Ordinal);

    public static bool IsRisk(string label) => Labels.KindOf(label) == Labels.Risk;

    /// <summary>
    /// The labels a flag of <paramref name="label"/> can be relabelled to, likeliest first: its
    /// counterpart on the same topic (a "risk" that in fact protects, or the reverse), then the
    /// other labels of its kind, then the rest. Never the label itself.
    /// </summary>
    public static IReadOnlyList<string> RelabelChoices(string label)
    {
        var counterpart = Labels.Pairs.Where(p => p.Risk == label).Select(p => p.Protective)
            .Concat(Labels.Pairs.Where(p => p.Protective == label).Select(p => p.Risk));
        var kind = Labels.KindOf(label);
        return
        [
            .. counterpart
                .Concat(All.Where(l => Labels.KindOf(l) == kind))
                .Concat(All)
                .Where(l => l != label)
                .Distinct(StringComparer.Ordinal),
        ];
    }

    /// <summary>The queue's relabel key of a label: 1 to 6 in <see cref="All"/> order, the same for every flag.</summary>
    public static char KeyOf(string label)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == label)
            {
                return (char)('1' + i);
            }
        }

        throw new ArgumentException($"'{label}' is not a known label", nameof(label));
    }
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
