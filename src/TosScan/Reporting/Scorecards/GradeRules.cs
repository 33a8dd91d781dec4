namespace TosScan.Reporting.Scorecards;

/// <summary>The released grade rules by the name reports and <c>--grade-rule</c> use.</summary>
internal static class GradeRules
{
    /// <summary>The rule reports use unless told otherwise.</summary>
    public const string Default = "v2";

    /// <summary>Names <c>--grade-rule</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["v1", "v2"];

    /// <summary>A new instance of the named rule ("v1" or "v2", with or without "grade-rule ").</summary>
    public static IGradeRule Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim();
        if (key.StartsWith("grade-rule ", StringComparison.OrdinalIgnoreCase))
        {
            key = key["grade-rule ".Length..].Trim();
        }

        return key.ToLowerInvariant() switch
        {
            "v1" => new GradeRuleV1(),
            "v2" => new GradeRuleV2(),
            _ => throw new ArgumentException($"unknown grade rule '{name}'; use one of: {string.Join(", ", Names)}", nameof(name)),
        };
    }
}
