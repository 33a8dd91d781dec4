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
/// <param name="ParagraphContext">Whether the conjunction frames a whole paragraph, so that each of its
/// sentences inherits it when scored on its own (see <see cref="LinguisticRule.ParagraphContext"/>).</param>
internal sealed record RuleCombination(string Name, IReadOnlyList<IReadOnlyList<string>> Groups, string Gloss, bool ParagraphContext = false);
