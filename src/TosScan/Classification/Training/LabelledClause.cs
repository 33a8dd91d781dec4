using System.Text.Json;

namespace TosScan.Classification.Training;

/// <summary>
/// One row of a LABELS.md file: the text, its risk and protective labels, the consent named (null
/// when the set did not label it) and every other field of the row, for <c>--where</c> filters.
/// </summary>
public sealed record LabelledClause(
    string Id,
    string Text,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Protective,
    string? Consent,
    IReadOnlyDictionary<string, JsonElement> Fields)
{
    /// <summary>
    /// Cross-validation group fixed by the row's source (a company or policy of a real set); null for
    /// corpus clauses, whose groups are recovered from the text (<see cref="ClauseGroups"/>).
    /// </summary>
    public string? Group { get; init; }

    /// <summary>Training weight the row's set gives it (<c>train --dev-weight</c>); null for the usual weights.</summary>
    public float? Weight { get; init; }

    /// <summary>True when the row is a reviewer's decision (<c>train --decisions</c>).</summary>
    public bool Reviewed { get; init; }

    /// <summary>True when the row comes from a real labelled set rather than the team-written corpus.</summary>
    public bool IsReal => Group is not null;

    /// <summary>True when the row has <paramref name="label"/> as a risk or protective label.</summary>
    public bool Has(string label) => Labels.Contains(label) || Protective.Contains(label);
}
