namespace TosScan.Extraction;

/// <summary>
/// Per-document CSS selectors, as in Open Terms Archive declarations: keep only what
/// <see cref="Select"/> matches (all of it when empty) and drop what <see cref="Remove"/> matches.
/// </summary>
public sealed record ExtractionRules(IReadOnlyList<string> Select, IReadOnlyList<string> Remove)
{
    public static ExtractionRules None { get; } = new([], []);
}
