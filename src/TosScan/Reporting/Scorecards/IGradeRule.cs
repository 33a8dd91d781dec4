namespace TosScan.Reporting.Scorecards;

/// <summary>
/// A versioned grading rule. A released rule is never changed: a different rule is a new version,
/// and every report names the version it used, so a cited grade can be recomputed.
/// </summary>
internal interface IGradeRule
{
    /// <summary>E.g. <c>grade-rule v1</c>.</summary>
    string Version { get; }

    /// <summary>The rule in words, written into every report.</summary>
    string Description { get; }

    Grade Compute(GradeInputs inputs);
}
