namespace TosScan.Classification.Features;

/// <summary>
/// A conjunction of rule groups: fires when every group has an affirmed (not negated) hit in the
/// same text. A linear model cannot express "share AND advertisers AND marketing purpose" on its
/// own, and that conjunction is exactly what separates a marketing clause from a clause that merely
/// mentions advertising or partners.
/// </summary>
/// <param name="Name">Stable feature name, stored in the manifest.</param>
/// <param name="Groups">Rule names; one rule of each group must fire.</param>
/// <param name="Gloss">A few words for the one-line reason.</param>
internal sealed record RuleCombination(string Name, IReadOnlyList<IReadOnlyList<string>> Groups, string Gloss);

/// <summary>
/// Fires when none of its rules fires, affirmed or negated: "this text names no way data flows to
/// anyone", "no retention or deletion wording", "no licence or ownership wording". The model learns
/// how much such an absence counts against a label; without it a heading such as "Advertising
/// Partners" scores like a marketing clause because its words are marketing words.
/// </summary>
/// <param name="Name">Stable feature name, stored in the manifest.</param>
/// <param name="Rules">The rules whose absence this feature marks.</param>
internal sealed record RuleAbsence(string Name, IReadOnlyList<string> Rules);
