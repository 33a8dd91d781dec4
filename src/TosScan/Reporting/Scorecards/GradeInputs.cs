namespace TosScan.Reporting.Scorecards;

/// <summary>What a grade rule reads.</summary>
/// <param name="Tallies">Per-label tallies; the rule reads <see cref="LabelTally.Effective"/>.</param>
/// <param name="Words">Length of the text graded.</param>
/// <param name="FleschKincaidGrade">Readability grade, or null when not scored.</param>
internal sealed record GradeInputs(IReadOnlyList<LabelTally> Tallies, int Words, double? FleschKincaidGrade)
{
    public int Effective(string label) => Tallies.FirstOrDefault(t => t.Label == label)?.Effective ?? 0;
}
