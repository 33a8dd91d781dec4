namespace TosScan.Reporting.Scorecards;

/// <summary>An overall grade with every step that produced it, so it can be explained and checked by hand.</summary>
/// <param name="Letter">A (best) to E.</param>
/// <param name="Score">0-100 points the letter was read from.</param>
/// <param name="Rule">The rule and its version, e.g. <c>grade-rule v2</c>.</param>
/// <param name="Steps">Points added or taken off, in order, starting from 100.</param>
/// <param name="Interval">How far the score could move if unreviewed flags are wrong (grade-rule v2); null for v1.</param>
/// <param name="MergedDuplicates">Flags not counted because a near-identical clause of the same label already was (v2).</param>
public sealed record Grade(string Letter, double Score, string Rule, IReadOnlyList<GradeStep> Steps, GradeInterval? Interval = null, int MergedDuplicates = 0)
{
    /// <summary>The letter as a report cites it: "D (C-E)" with an interval, "D" without.</summary>
    public string Display => Interval is null ? Letter : $"{Letter} ({Interval.HighLetter}-{Interval.LowLetter})";
}

/// <summary>One line of a grade's explanation.</summary>
public sealed record GradeStep(string Reason, double Points);

/// <summary>
/// The range the score falls in when each unreviewed flag is drawn as present with its calibrated
/// probability (reviewed flags are certain): the 5th and 95th percentiles of the drawn scores,
/// widened when needed to hold the score itself.
/// </summary>
/// <param name="Low">5th percentile of the score.</param>
/// <param name="High">95th percentile of the score.</param>
/// <param name="LowLetter">Letter of <paramref name="Low"/> (the worse end).</param>
/// <param name="HighLetter">Letter of <paramref name="High"/> (the better end).</param>
/// <param name="Draws">How many draws the percentiles come from.</param>
public sealed record GradeInterval(double Low, double High, string LowLetter, string HighLetter, int Draws);
