namespace TosScan.Classification.Evaluation;

/// <summary>
/// One audited disagreement with an evaluation set: row <paramref name="Id"/> should (or should not)
/// carry <paramref name="Label"/>, for the stated <paramref name="Reason"/>. Corrections are a reviewer's
/// reading of LABELS.md, never the set's own labels, so figures computed with them are reported
/// beside the official ones and never recorded in the model manifest.
/// </summary>
public sealed record LabelCorrection(string Id, string Label, bool Applies, string Reason);
