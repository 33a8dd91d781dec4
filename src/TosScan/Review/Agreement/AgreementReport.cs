using TosScan.Storage;

namespace TosScan.Review.Agreement;

/// <summary>
/// How far two reviewers agree on one label (or on all labels, <see cref="AgreementReport.AllLabels"/>),
/// over the flags both judged.
/// </summary>
/// <param name="Label">The label, or "all labels".</param>
/// <param name="ReviewerA">First reviewer (ordinal order).</param>
/// <param name="ReviewerB">Second reviewer.</param>
/// <param name="Flags">Flags both judged.</param>
/// <param name="Agreed">Flags both left with the same outcome (kept, rejected, relabelled to the same label).</param>
/// <param name="Expected">Agreement expected by chance from each reviewer's own mix of outcomes.</param>
/// <param name="Kappa">Cohen's kappa, (observed - expected) / (1 - expected); null when expected is 1 (both used one and the same outcome throughout, so chance explains everything).</param>
internal sealed record PairAgreement(string Label, string ReviewerA, string ReviewerB, int Flags, int Agreed, double Expected, double? Kappa)
{
    /// <summary>Share of the flags both left the same way.</summary>
    public double Observed => Flags == 0 ? 0 : (double)Agreed / Flags;
}

/// <summary>Agreement per label and reviewer pair, and every flag two reviewers judged differently.</summary>
/// <param name="Pairs">Per label (reports' label order) then reviewer pair; an "all labels" row per pair comes last.</param>
/// <param name="Disagreements">Flags with a conflict, oldest first.</param>
/// <param name="FlagsJudged">Flags at least one reviewer decided on.</param>
/// <param name="FlagsJudgedByTwo">Flags at least two reviewers decided on.</param>
internal sealed record AgreementReport(IReadOnlyList<PairAgreement> Pairs, IReadOnlyList<FlagJudgements> Disagreements, int FlagsJudged, int FlagsJudgedByTwo)
{
    public const string AllLabels = "all labels";
}
