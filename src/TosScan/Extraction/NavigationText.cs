namespace TosScan.Extraction;

/// <summary>
/// What the Markdown and HTML extractors share when they decide that a paragraph or list item is
/// only a link (<see cref="Documents.BlockKind.Navigation"/>).
/// </summary>
internal static class NavigationText
{
    /// <summary>Spaces, digits and punctuation around the links: "11. ", " | ", " - ".</summary>
    public static bool IsDecoration(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsDigit(c) && !char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Folds what a wrapper (emphasis, a span) holds into what its parent has seen so far: words
    /// outside a link (false) decide, a link (true) counts, nothing (null) changes nothing.
    /// </summary>
    public static bool? Merge(bool? seenSoFar, bool? wrapper) => wrapper ?? seenSoFar;
}
