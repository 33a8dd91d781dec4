namespace TosScan.Reporting.Scorecards;

/// <summary>An overall grade with every step that produced it, so it can be explained and checked by hand.</summary>
/// <param name="Letter">A (best) to E.</param>
/// <param name="Score">0-100 points the letter was read from.</param>
/// <param name="Rule">The rule and its version, e.g. <c>grade-rule v1</c>.</param>
/// <param name="Steps">Points added or taken off, in order, starting from 100.</param>
public sealed record Grade(string Letter, double Score, string Rule, IReadOnlyList<GradeStep> Steps);

/// <summary>One line of a grade's explanation.</summary>
public sealed record GradeStep(string Reason, double Points);
