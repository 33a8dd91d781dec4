namespace TosScan.Extraction.Cleaning;

/// <summary>
/// Finds glossary definitions glued into the text: the same long phrase, starting with a capital,
/// stuck without a space after a term many times ("RobloxThe Roblox Corporation, including its
/// designated subsidiaries: ... B.V. universe"). Pages show such definitions as tooltips; archived
/// or extracted text keeps them inline, which turns every sentence that names the term into a
/// 60-word one. What counts as one:
/// <list type="bullet">
/// <item>it starts where a capital followed by a lower-case letter is glued to a letter, digit or
/// closing bracket with no space between;</item>
/// <item>the identical text, at least <see cref="MinLength"/> characters and <see cref="MinWords"/>
/// words on one line, follows at least <see cref="MinOccurrences"/> such glue points (a definition
/// ends where the occurrences' following text differs);</item>
/// <item>the word before the glue is a term (it stands alone somewhere, or is a whole capitalised
/// word), and the glued pair is not a name that also appears without a definition after it, as
/// brands written in camel case do ("LinkedIn", "WhatsApp").</item>
/// </list>
/// Pure function of the text; safe to call concurrently.
/// </summary>
internal static class GluedDefinitionDetector
{
    public const int MinOccurrences = 3;
    public const int MinLength = 40;
    public const int MinWords = 6;

    /// <summary>Glue points are grouped by this many characters before their common length is measured.</summary>
    private const int KeyLength = 40;

    /// <summary>Every occurrence of every glued definition, sorted by start, none overlapping.</summary>
    public static IReadOnlyList<GluedDefinition> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 1; i + KeyLength <= text.Length; i++)
        {
            if (IsGluePoint(text, i) && text.AsSpan(i, KeyLength).IndexOfAny('\n', '\r') < 0)
            {
                var key = text.Substring(i, KeyLength);
                if (!groups.TryGetValue(key, out var starts))
                {
                    starts = [];
                    groups[key] = starts;
                }

                starts.Add(i);
            }
        }

        var candidates = new List<(List<int> Starts, string Definition)>();
        foreach (var starts in groups.Values)
        {
            if (starts.Count < MinOccurrences)
            {
                continue;
            }

            var length = CommonLength(text, starts);
            if (length < MinLength || CountWords(text.AsSpan(starts[0], length)) < MinWords)
            {
                continue;
            }

            candidates.Add((starts, text.Substring(starts[0], length)));
        }

        var definitions = candidates.Select(c => c.Definition).ToList();
        var found = new List<GluedDefinition>();

        // Both questions search the whole text, and the same few terms come back hundreds of times.
        var alone = new Dictionary<string, bool>(StringComparer.Ordinal);
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (starts, definition) in candidates)
        {
            var firstWord = FirstWord(definition);
            foreach (var start in starts)
            {
                var term = TermBefore(text, start);
                if (term.Length == 0)
                {
                    continue;
                }

                if (!alone.TryGetValue(term, out var standsAlone))
                {
                    standsAlone = StandsAlone(text, term);
                    alone[term] = standsAlone;
                }

                var glued = term + firstWord;
                if (!names.TryGetValue(glued, out var isName))
                {
                    isName = IsCamelCaseName(text, glued, firstWord.Length, definitions);
                    names[glued] = isName;
                }

                if ((standsAlone || IsWholeCapitalisedWord(text, start, term)) && !isName)
                {
                    found.Add(new GluedDefinition(start, term, definition));
                }
            }
        }

        // Longer definitions first, so a definition that happens to start inside another one loses.
        // Marking taken characters keeps this linear in the removed text, however many there are.
        var kept = new List<GluedDefinition>();
        var taken = new bool[text.Length];
        foreach (var candidate in found.OrderByDescending(d => d.Text.Length).ThenBy(d => d.Start))
        {
            var span = taken.AsSpan(candidate.Start, candidate.Text.Length);
            if (!span.Contains(true))
            {
                span.Fill(true);
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>
    /// A capital glued to what precedes it: followed by a lower-case letter ("RobloxThe"), or a
    /// one-letter word after a lower-case letter ("NAM ArbA nationwide ...").
    /// </summary>
    private static bool IsGluePoint(string text, int i)
    {
        var before = text[i - 1];
        if (!char.IsUpper(text[i]))
        {
            return false;
        }

        return char.IsLower(text[i + 1])
            ? char.IsLetterOrDigit(before) || before is ')' or ']'
            : text[i + 1] == ' ' && char.IsLower(before);
    }

    /// <summary>
    /// A whole capitalised word before the glue is a term even when it never stands alone
    /// ("OwnerThe", where "Owner" only ever appears with its tooltip).
    /// </summary>
    private static bool IsWholeCapitalisedWord(string text, int start, string term)
    {
        var termStart = start - term.Length;
        return char.IsUpper(term[0]) && (termStart == 0 || !char.IsLetterOrDigit(text[termStart - 1]));
    }

    /// <summary>
    /// True when the term and the definition's first word form a name that also stands on its own
    /// without a definition after it: "LinkedIn" + " to continue ..." is a brand followed by a
    /// repeated sentence, while "RobloxThe" only ever comes with a tooltip.
    /// </summary>
    private static bool IsCamelCaseName(string text, string glued, int firstWordLength, List<string> definitions)
    {
        var at = 0;
        while ((at = text.IndexOf(glued, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + glued.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            var definitionStart = end - firstWordLength;
            if (startsWord && endsWord && !definitions.Exists(d => string.CompareOrdinal(text, definitionStart, d, 0, d.Length) == 0))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private static string FirstWord(string definition)
    {
        var end = 0;
        while (end < definition.Length && char.IsLetterOrDigit(definition[end]))
        {
            end++;
        }

        return definition[..end];
    }

    /// <summary>
    /// How far the text at every start agrees, on one line; then cut back to the end of a word, so a
    /// definition never ends inside one ("B.V." before " universe" and " Corporation" alike).
    /// </summary>
    private static int CommonLength(string text, List<int> starts)
    {
        var length = KeyLength;
        while (true)
        {
            var first = starts[0] + length;
            if (first >= text.Length || text[first] is '\n' or '\r')
            {
                break;
            }

            var agree = true;
            foreach (var start in starts)
            {
                if (start + length >= text.Length || text[start + length] != text[first])
                {
                    agree = false;
                    break;
                }
            }

            if (!agree)
            {
                break;
            }

            length++;
        }

        var end = starts[0] + length;
        var endsMidWord = end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(text[end - 1]);
        if (endsMidWord)
        {
            while (length > 0 && !char.IsWhiteSpace(text[starts[0] + length - 1]))
            {
                length--;
            }
        }

        while (length > 0 && char.IsWhiteSpace(text[starts[0] + length - 1]))
        {
            length--;
        }

        return length;
    }

    private static string TermBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        return text[i..start];
    }

    /// <summary>True when <paramref name="term"/> occurs somewhere as a word of its own, with no letter glued after it.</summary>
    private static bool StandsAlone(string text, string term)
    {
        var at = 0;
        while ((at = text.IndexOf(term, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + term.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}

/// <summary>One occurrence of a glued definition: where it starts in the text, the term before it and its text.</summary>
internal sealed record GluedDefinition(int Start, string Term, string Text)
{
    public int End => Start + Text.Length;
}
