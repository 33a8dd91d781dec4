namespace TosScan.Readability;

/// <summary>One jargon term: its words, whether the last word is a prefix, and a plainer wording.</summary>
internal sealed record JargonEntry(string Term, string[] Words, bool LastIsPrefix, string? PlainAlternative)
{
    public bool FirstIsPrefix => LastIsPrefix && Words.Length == 1;

    /// <summary>True when word <paramref name="index"/> of the entry matches the token, ignoring case.</summary>
    public bool WordMatches(int index, ReadOnlySpan<char> token) =>
        LastIsPrefix && index == Words.Length - 1
            ? token.StartsWith(Words[index], StringComparison.OrdinalIgnoreCase)
            : token.Equals(Words[index], StringComparison.OrdinalIgnoreCase);
}
