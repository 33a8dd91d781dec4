using System.Globalization;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// The readability term every grade rule so far shares: points off per Flesch-Kincaid grade above
/// the plain-language target, capped; no penalty (and a step saying so) when the text was not scored.
/// </summary>
internal static class ReadabilityTerm
{
    /// <summary>Grade 8 is the plain-language target for a general audience (Flesch-Kincaid).</summary>
    public const double TargetGrade = 8;

    /// <summary>Points off per Flesch-Kincaid grade above the target...</summary>
    public const double PenaltyPerGrade = 1.5;

    /// <summary>...up to this many points.</summary>
    public const double PenaltyCap = 15;

    /// <summary>Points off (positive) for a Flesch-Kincaid grade; 0 when not scored.</summary>
    public static double Penalty(double? fleschKincaidGrade) =>
        fleschKincaidGrade is { } grade ? Math.Min(PenaltyCap, Math.Max(0, grade - TargetGrade) * PenaltyPerGrade) : 0;

    /// <summary>The grade's explanation line for the term, its points rounded as every step's are.</summary>
    public static GradeStep Step(double? fleschKincaidGrade) => fleschKincaidGrade is { } fk
        ? new GradeStep(FormattableString.Invariant($"Flesch-Kincaid grade {fk:0.#} (target {TargetGrade:0})"), -Math.Round(Penalty(fk), 2, MidpointRounding.AwayFromZero))
        : new GradeStep("readability not scored: no readability penalty", 0);
}
