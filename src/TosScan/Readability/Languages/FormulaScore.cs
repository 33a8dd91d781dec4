namespace TosScan.Readability.Languages;

/// <summary>One readability formula of a language other than English, with what its number means.</summary>
/// <param name="Name">snake_case name, as textstat names the function (<c>wiener_sachtextformel_1</c>, <c>gulpease_index</c>).</param>
/// <param name="Value">The formula's value over the whole text.</param>
/// <param name="Scale">How to read the value, e.g. "0-100, higher is easier".</param>
/// <param name="Source">Who published the formula.</param>
public sealed record FormulaScore(string Name, double Value, string Scale, string Source);
