namespace TosScan.Reporting.Scorecards;

/// <summary>What a grade rule reads.</summary>
/// <param name="Tallies">Per-label tallies; grade-rule v1 reads <see cref="LabelTally.Effective"/>.</param>
/// <param name="Words">Length of the text graded.</param>
/// <param name="FleschKincaidGrade">Readability grade, or null when not scored.</param>
internal sealed record GradeInputs(IReadOnlyList<LabelTally> Tallies, int Words, double? FleschKincaidGrade)
{
    /// <summary>The effective flags one by one (grade-rule v2 weighs each). Default: none.</summary>
    public IReadOnlyList<GradeEvidence> Evidence { get; init; } = [];

    public int Effective(string label) => Tallies.FirstOrDefault(t => t.Label == label)?.Effective ?? 0;
}
