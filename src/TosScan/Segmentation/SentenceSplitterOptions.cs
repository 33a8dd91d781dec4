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
    /// End a clause at a line break inside a block when the next line starts a new unit (a capital,
    /// a digit or a list marker) and the line before does not run on (no trailing comma, "and",
    /// "of", ...). Extraction keeps a line break only where the source broke the line on purpose
    /// (&lt;br&gt;, Markdown hard breaks, short lines in plain text), so such breaks separate
    /// addresses, titles glued to their text, and bullet lines inside table cells. Default true.
    /// </summary>
    public bool SplitAtLineBreaks { get; init; } = true;

    /// <summary>
    /// A "sentence" longer than this many characters that contains line breaks is cut at the line
    /// breaks that start a new capitalised line, even where <see cref="SplitAtLineBreaks"/> is off or
    /// the line runs on — it is usually several lines of text glued together without punctuation.
    /// Default 400; range 50 to 100,000.
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
