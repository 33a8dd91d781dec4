namespace TosScan.Reporting.Scorecards;

/// <summary>
/// The length grades normalise by: whitespace-separated tokens that contain a letter or digit.
/// Counted here rather than taken from the readability stage, so a document that was not scored
/// for readability is still normalised the same way.
/// </summary>
internal static class WordCounter
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (inWord && hasLetter)
                {
                    words++;
                }

                inWord = false;
                hasLetter = false;
                continue;
            }

            inWord = true;
            hasLetter |= char.IsLetterOrDigit(ch);
        }

        return inWord && hasLetter ? words + 1 : words;
    }
}
