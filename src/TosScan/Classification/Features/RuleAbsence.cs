namespace TosScan.Classification.Features;

/// <summary>
/// Fires when none of its rules fires, affirmed or negated: "this text names no way data flows to
/// anyone", "no retention or deletion wording", "no licence or ownership wording". The model learns
/// how much such an absence counts against a label; without it a heading such as "Advertising
/// Partners" scores like a marketing clause because its words are marketing words.
/// </summary>
/// <param name="Name">Stable feature name, stored in the manifest.</param>
/// <param name="Rules">The rules whose absence this feature marks.</param>
internal sealed record RuleAbsence(string Name, IReadOnlyList<string> Rules);
