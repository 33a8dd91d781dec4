using System.Collections.Frozen;

namespace TosScan.Readability;

/// <summary>
/// Decides whether the English formulas may be applied (otherwise the analyzer looks for the
/// language's own formulas by <see cref="Decision.Language"/>). A document's declared language wins; when
/// it has none, the text is taken as English unless its function words say otherwise (a vote
/// between English and the common European languages' most frequent words) or most of its letters
/// are not Latin. Short texts with no evidence are given the benefit of the doubt.
/// </summary>
internal static class EnglishCheck
{
    private const int SampleWords = 2000;
    private const int MinimumVotes = 2;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords =
        BuildFunctionWords().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The outcome: scored as English, or the language and the reason it is not.</summary>
    public readonly record struct Decision(bool IsEnglish, string? Language, string? Reason);

    public static Decision Decide(string? declaredLanguage, ReadOnlySpan<char> text)
    {
        if (!string.IsNullOrWhiteSpace(declaredLanguage))
        {
            var code = declaredLanguage.Trim().ToLowerInvariant();
            var root = code.Split('-', '_')[0];
            return root == "en"
                ? new Decision(true, "en", null)
                : new Decision(false, code, $"the document's language is '{code}'; the English readability formulas do not apply");
        }

        return Guess(text);
    }

    private static Decision Guess(ReadOnlySpan<char> text)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        int latin = 0, otherLetters = 0, words = 0;
        Span<char> lower = stackalloc char[16];
        var i = 0;
        while (i < text.Length && words < SampleWords)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                if (text[i] < 0x250)
                {
                    latin++;
                }
                else
                {
                    otherLetters++;
                }

                i++;
            }

            words++;
            var word = text[start..i];
            if (word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            if (FunctionWords.TryGetValue(lower[..length], out var language))
            {
                votes[language] = votes.GetValueOrDefault(language) + 1;
            }
        }

        if (otherLetters > latin)
        {
            return new Decision(false, null, "most letters are not Latin script, so the text is not English; the English readability formulas do not apply");
        }

        var english = votes.GetValueOrDefault("en");
        var (rival, rivalVotes) = votes.Where(v => v.Key != "en").OrderByDescending(v => v.Value).Select(v => (v.Key, v.Value)).FirstOrDefault();
        if (rival is not null && rivalVotes >= MinimumVotes && rivalVotes > english)
        {
            return new Decision(false, rival, $"the document has no language and its most common words look like '{rival}', not English; the English readability formulas do not apply");
        }

        return new Decision(true, "en", null);
    }

    private static FrozenDictionary<string, string> BuildFunctionWords()
    {
        // Frequent words that are (nearly) unique to one language. Words shared by several of these
        // languages ("a", "de", "in", "die", "la") are left out so a vote means something.
        var byLanguage = new Dictionary<string, string>
        {
            ["en"] = "the and of to is that for you with are this be your we our or by not have will from which its it can may their they these if when about any such",
            ["fr"] = "le les des et est une du dans que qui pour pas sur au avec vous nous sont ce cette ces aux par vos notre votre leur être ou",
            ["de"] = "der und ist nicht zu den das mit sich des auf für ein eine dem wir sie wird werden oder auch bei ihre ihr von nach unsere",
            ["es"] = "el los las del y que en es por con para una sus al lo como más pero su sobre nuestros usted puede este esta",
            ["it"] = "il di che della per gli sono con non una nel alla le dei delle questo questa sul ai anche essere nostro",
            ["pt"] = "o os da do das dos que em uma para com não por seus ao pelo pela você nossa são este esta",
            ["nl"] = "het een van en dat niet op te zijn voor met wordt worden ook uw wij onze deze bij",
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, words) in byLanguage)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryAdd(word, language) && map[word] != language)
                {
                    shared.Add(word);
                }
            }
        }

        foreach (var word in shared)
        {
            map.Remove(word);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
