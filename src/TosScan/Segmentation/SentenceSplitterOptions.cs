namespace TosScan.Segmentation;

/// <summary>How paragraphs are cut into sentences.</summary>
public sealed record SentenceSplitterOptions
{
    /// <summary>
    /// Also end a sentence at a semicolon. Default false: in legal text a semicolon joins the parts
    /// of one obligation ("we may share ...; and ..."), so cutting there loses the subject.
    /// </summary>
    public bool SplitOnSemicolons { get; init; }

    /// <summary>
    /// A "sentence" longer than this many characters that contains line breaks is cut at the line
    /// breaks that start a new capitalised line — it is usually several lines of text glued together
    /// without punctuation. Default 400; range 50 to 100,000.
    /// </summary>
    public int MaxSentenceLength { get; init; } = 400;

    /// <summary>
    /// Extra abbreviations that never end a sentence, with their final period (e.g. <c>"Ziff."</c>).
    /// Matched case-insensitively. Default: none.
    /// </summary>
    public IReadOnlyList<string> ExtraAbbreviations { get; init; } = [];

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (MaxSentenceLength is < 50 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSentenceLength), MaxSentenceLength, $"{nameof(SentenceSplitterOptions)}.{nameof(MaxSentenceLength)} must be between 50 and 100000 characters.");
        }

        foreach (var abbreviation in ExtraAbbreviations)
        {
            if (string.IsNullOrWhiteSpace(abbreviation) || !abbreviation.EndsWith('.') || abbreviation.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"{nameof(SentenceSplitterOptions)}.{nameof(ExtraAbbreviations)}: '{abbreviation}' must be one word ending with a period, e.g. \"Ziff.\".", nameof(ExtraAbbreviations));
            }
        }
    }
}
