namespace TosScan.Readability;

/// <summary>
/// Settings of the readability stage. Defaults are documented in docs/readability.md with their
/// sources; <see cref="Validate"/> runs once when the analyzer is built.
/// </summary>
public sealed record ReadabilityOptions
{
    /// <summary>How sentence units are found for documents. Default <see cref="ReadabilityMode.Structured"/>.</summary>
    public ReadabilityMode Mode { get; init; } = ReadabilityMode.Structured;

    /// <summary>
    /// Adult silent reading rate for <c>reading_time_minutes</c> and the parents' audience. Default 238
    /// (Brysbaert 2019, non-fiction). Range 50-1000.
    /// </summary>
    public double WordsPerMinute { get; init; } = 238;

    /// <summary>How many of the hardest sentences to report. Default 10; range 0-1000.</summary>
    public int HardestSentences { get; init; } = 10;

    /// <summary>Whether to list legal-jargon occurrences. Default true.</summary>
    public bool FindJargon { get; init; } = true;

    /// <summary>Whether to score each section (structured mode). Default true.</summary>
    public bool ScoreSections { get; init; } = true;

    /// <summary>The audiences and their thresholds. Default <see cref="AudienceThresholds.Defaults"/>.</summary>
    public IReadOnlyList<AudienceThresholds> Audiences { get; init; } = AudienceThresholds.Defaults;

    /// <summary>
    /// Where LibreOffice's hyphenation dictionaries (<c>hyph_de_DE.dic</c>, ...) are read from, for the
    /// syllables of the languages other than English and textstat mode's fallback. Default
    /// <c>/usr/share/hyphen</c>, where Debian's <c>hyphen-*</c> packages install them.
    /// </summary>
    public string HyphenationFolder { get; init; } = "/usr/share/hyphen";

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "ReadabilityOptions.Mode must be Structured or Textstat.");
        }

        if (double.IsNaN(WordsPerMinute) || WordsPerMinute < 50 || WordsPerMinute > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(WordsPerMinute), WordsPerMinute, "ReadabilityOptions.WordsPerMinute must be between 50 and 1000.");
        }

        if (HardestSentences is < 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(HardestSentences), HardestSentences, "ReadabilityOptions.HardestSentences must be between 0 and 1000.");
        }

        if (string.IsNullOrWhiteSpace(HyphenationFolder))
        {
            throw new ArgumentException("ReadabilityOptions.HyphenationFolder must name a folder (default /usr/share/hyphen).", nameof(HyphenationFolder));
        }

        ArgumentNullException.ThrowIfNull(Audiences, nameof(Audiences));
        foreach (var audience in Audiences)
        {
            audience.Validate();
        }
    }
}
