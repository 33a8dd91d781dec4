using System.Globalization;

namespace TosScan.Language;

/// <summary>
/// When the detected language is trusted, and what is used when it is not. Lingua, in the
/// low-accuracy mode the stage uses, is unreliable on short text and can be confidently wrong
/// there ("We sell your personal data to advertisers." is French at 0.91), so length is checked
/// as well as confidence. Validated once, when the stage is built.
/// </summary>
public sealed record LanguageOptions
{
    /// <summary>The language used when detection is not trusted and none was given: the models' and formulas' language.</summary>
    public const string DefaultFallback = "en";

    /// <summary>
    /// Fewest letters in the sampled text for detection to be trusted (0-10,000; 0 trusts any
    /// length). Default 100, about the 120 characters under which Lingua's documentation says its
    /// low-accuracy mode becomes unreliable.
    /// </summary>
    public int MinimumLetters { get; init; } = 100;

    /// <summary>
    /// Lowest confidence of the top language for detection to be trusted (0-1). Default 0.75: whole
    /// documents in one language score about 1.0, so anything lower means mixed or ambiguous text.
    /// </summary>
    public double MinimumConfidence { get; init; } = 0.75;

    /// <summary>
    /// ISO 639-1 code the user gave (<c>--language</c>), or null. Used whenever detection is not
    /// trusted. A trusted detection wins over it (and the disagreement becomes a document note):
    /// one option given for a whole scan must not make a clearly French document read as English,
    /// which would show it as clean, nor an English one go unchecked.
    /// </summary>
    public string? GivenLanguage { get; init; }

    public void Validate()
    {
        if (MinimumLetters is < 0 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumLetters), MinimumLetters, "LanguageOptions.MinimumLetters must be between 0 and 10,000.");
        }

        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), MinimumConfidence, "LanguageOptions.MinimumConfidence must be between 0 and 1.");
        }

        if (GivenLanguage is not null && !IsCode(GivenLanguage))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"LanguageOptions.GivenLanguage '{GivenLanguage}' must be a two-letter ISO 639-1 code in lower case, e.g. en, fr, de."),
                nameof(GivenLanguage));
        }
    }

    /// <summary>A code as the user typed it, trimmed and in lower case (<c>" DE "</c> -> <c>de</c>).</summary>
    public static string NormaliseCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToLowerInvariant();
    }

    private static bool IsCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);
}
