namespace TosScan.Classification.Features;

/// <summary>
/// One word of a clause: where it is (UTF-16 offsets into the clause text), its normalised stem,
/// and whether it lies inside the scope of a negation ("we do <b>not sell</b> your data").
/// </summary>
internal readonly record struct Token(int Start, int Length, string Stem, bool Negated)
{
    public int End => Start + Length;
}
