namespace TosScan.Reporting.Scorecards;

/// <summary>
/// Counts of one label in one document (or provider).
/// </summary>
/// <param name="Label">LABELS.md name.</param>
/// <param name="Kind"><c>risk</c>, <c>protective</c> or <c>other</c>.</param>
/// <param name="Machine">Flags the classifier gave.</param>
/// <param name="Confirmed">Machine flags whose newest review decision is <c>confirmed</c>.</param>
/// <param name="Rejected">Machine flags whose newest decision is <c>rejected</c> or <c>relabelled</c> to another label.</param>
/// <param name="Added">Flags the model missed that a reviewer <c>added</c> or <c>relabelled</c> to this label.</param>
/// <param name="Effective">What the grade counts: <c>Machine - Rejected + Added</c>.</param>
public sealed record LabelTally(string Label, string Kind, int Machine, int Confirmed, int Rejected, int Added, int Effective)
{
    /// <summary>Machine flags no reviewer has decided on.</summary>
    public int Unreviewed => Machine - Confirmed - Rejected;
}
