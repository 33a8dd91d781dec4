namespace TosScan.Documents;

/// <summary>
/// A range of the document's extracted text, in UTF-16 code units. Every structural unit,
/// clause and piece of evidence is one of these, so a report can always point at the exact words.
/// </summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The words this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <summary>Shifts a span found in a substring back into document coordinates.</summary>
    public TextSpan Offset(int by) => new(Start + by, Length);

    public override string ToString() => $"[{Start}..{End})";
}
