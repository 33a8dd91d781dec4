namespace TosScan.Documents;

/// <summary>
/// How <see cref="Document.Language"/> was decided: what the detector said, how sure it was, and
/// where the language used came from. Recorded so a reader can tell a detected language from a
/// fallback on text too short to detect.
/// </summary>
/// <param name="Detected">ISO 639-1 code the detector ranked first, or null when the text has no letters.</param>
/// <param name="Confidence">The detector's confidence in <paramref name="Detected"/> (0-1; the candidates' values sum to 1).</param>
/// <param name="Source">Where the language used came from.</param>
/// <param name="Reason">Why, in words (e.g. "text too short to detect reliably: 35 letters, under 100").</param>
public sealed record LanguageDetection(string? Detected, double Confidence, LanguageSource Source, string Reason);

/// <summary>Where the language a document was processed as came from.</summary>
public enum LanguageSource
{
    /// <summary>The detector was confident enough on enough text.</summary>
    Detected,

    /// <summary>Detection was not confident, and the user gave the language (<c>--language</c>).</summary>
    Given,

    /// <summary>Detection was not confident and no language was given: the default (English) was used.</summary>
    Fallback,
}
