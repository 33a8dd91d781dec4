using System.Globalization;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// grade-rule v1. Starts at 100 points and takes off, per risk, a fixed amount for its presence
/// and an amount for its density; a protective clause on the same topic gives back part of the
/// presence penalty; hard reading costs up to 15 points. Presence is not length-normalised on
/// purpose: one clause claiming a perpetual licence harms a child as much in a long policy as in a
/// short one. Density (per 1,000 words) is what makes long and short documents comparable on how
/// often they repeat risky terms.
/// </summary>
internal sealed class GradeRuleV1 : IGradeRule
{
    /// <summary>Points off for each risk label present at least once.</summary>
    public const double PresencePenalty = 20;

    /// <summary>Points off per effective risk flag per 1,000 words, all risk labels together...</summary>
    public const double DensityPenaltyPerFlagPer1000Words = 4;

    /// <summary>...up to this many points.</summary>
    public const double DensityPenaltyCap = 20;

    /// <summary>Points given back when a risk is present and its protective counterpart too (a quarter of the presence penalty).</summary>
    public const double ProtectiveOffset = 5;

    public string Version => "grade-rule v1";

    public string Description =>
        "Only a document a classifier ran on (its analysis names a model version, or carries flags) is graded; any other says 'not graded'. " +
        "Start at 100 points. Counts are effective flags: machine flags, minus those a reviewer rejected or relabelled away, plus those a reviewer added or relabelled to " +
        "(the newest decision per clause and label wins; confirmed flags count like unreviewed ones). " +
        "For each risk label (content_ownership, indefinite_retention, third_party_marketing) present at least once: -20. " +
        "Density: -4 per effective risk flag per 1,000 words (words = runs of letters or digits in the extracted text), at most -20. " +
        "For each risk present whose protective counterpart (protects_ownership, bounded_retention, no_marketing_sharing) is also present: +5. " +
        "Readability: -1.5 per Flesch-Kincaid grade above 8, at most -15; no penalty when readability was not scored (the grade says so). " +
        "Score clamped to 0-100. A >= 85, B >= 70, C >= 55, D >= 40, E below 40. " +
        "A provider is graded on its current documents together: flags and words summed, Flesch-Kincaid grade weighted by words.";

    public Grade Compute(GradeInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var steps = new List<GradeStep>();
        var totalRisk = 0;
        foreach (var (risk, protective) in Labels.Pairs)
        {
            var count = inputs.Effective(risk);
            totalRisk += count;
            if (count == 0)
            {
                continue;
            }

            steps.Add(new GradeStep(Format($"{risk} present ({count} effective flag{(count == 1 ? "" : "s")})"), -PresencePenalty));
            var protectiveCount = inputs.Effective(protective);
            if (protectiveCount > 0)
            {
                steps.Add(new GradeStep(Format($"{protective} also present ({protectiveCount}), partly offsetting {risk}"), ProtectiveOffset));
            }
        }

        if (totalRisk > 0 && inputs.Words > 0)
        {
            var density = totalRisk * 1000.0 / inputs.Words;
            var penalty = Math.Min(DensityPenaltyCap, density * DensityPenaltyPerFlagPer1000Words);
            steps.Add(new GradeStep(Format($"risk density {density:0.##} flags per 1,000 words ({totalRisk} in {inputs.Words} words)"), -Round(penalty)));
        }

        steps.Add(ReadabilityTerm.Step(inputs.FleschKincaidGrade));

        var score = Round(Math.Clamp(100 + steps.Sum(s => s.Points), 0, 100));
        return new Grade(LetterFor(score), score, Version, steps);
    }

    internal static string LetterFor(double score) => score switch
    {
        >= 85 => "A",
        >= 70 => "B",
        >= 55 => "C",
        >= 40 => "D",
        _ => "E",
    };

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
