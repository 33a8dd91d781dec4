using System.Collections.Frozen;

namespace TosScan.Readability;

/// <summary>
/// The legal-jargon list (Data/legal-jargon.txt) indexed for a single pass over the words of a text.
/// </summary>
internal sealed class JargonList
{
    private readonly FrozenDictionary<string, JargonEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, JargonEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstPrefix;

    // A cheap first test for every word of a document: is there any entry whose first word begins
    // with these three letters? Almost every word fails it, and skips both dictionary lookups.
    private readonly bool[] _firstTrigrams = new bool[26 * 26 * 26];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _shortFirstWords;

    private JargonList(IReadOnlyList<JargonEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            if (Trigram(entry.Words[0]) is var index and >= 0)
            {
                _firstTrigrams[index] = true;
            }
        }

        _shortFirstWords = entries.Select(e => e.Words[0]).Where(w => Trigram(w) < 0)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest phrases first, so "to the fullest extent permitted by law" wins over "law".
        _byFirstWord = entries.Where(e => !e.FirstIsPrefix)
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstPrefix = entries.Where(e => e.FirstIsPrefix)
            .GroupBy(e => e.Words[0][..PrefixKeyLength], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Prefix entries are indexed by their first three letters (every prefix in the list is at least that long).</summary>
    public const int PrefixKeyLength = 3;

    public IReadOnlyList<JargonEntry> Entries { get; }

    /// <summary>Parses "term | plain wording" lines; '#' starts a comment line.</summary>
    public static JargonList Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<JargonEntry>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var term = (bar < 0 ? line : line[..bar]).Trim().ToLowerInvariant();
            var plain = bar < 0 ? null : line[(bar + 1)..].Trim();
            var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lastIsPrefix = words[^1].EndsWith('*');
            if (lastIsPrefix)
            {
                words[^1] = words[^1].TrimEnd('*');
            }

            if (words.Any(w => w.Length == 0) || (lastIsPrefix && words.Length == 1 && words[0].Length < PrefixKeyLength))
            {
                throw new FormatException($"legal-jargon.txt: the entry '{line}' is not a usable term (prefixes need at least {PrefixKeyLength} letters).");
            }

            entries.Add(new JargonEntry(term, words, lastIsPrefix, string.IsNullOrEmpty(plain) ? null : plain));
        }

        return new JargonList(entries);
    }

    /// <summary>False when no entry can start at <paramref name="word"/>, decided without a lookup in most cases.</summary>
    public bool MayStartAt(ReadOnlySpan<char> word) =>
        Trigram(word) is var index and >= 0 ? _firstTrigrams[index] : _shortFirstWords.Contains(word);

    /// <summary>Entries whose first word is <paramref name="word"/> (ignoring case), longest phrases first.</summary>
    public ReadOnlySpan<JargonEntry> ExactCandidates(ReadOnlySpan<char> word) =>
        _byFirstWord.TryGetValue(word, out var entries) ? entries : [];

    /// <summary>Single-word prefix entries that may match <paramref name="word"/> (check with <see cref="JargonEntry.WordMatches"/>).</summary>
    public ReadOnlySpan<JargonEntry> PrefixCandidates(ReadOnlySpan<char> word) =>
        word.Length >= PrefixKeyLength && _byFirstPrefix.TryGetValue(word[..PrefixKeyLength], out var entries) ? entries : [];

    /// <summary>Index of the first three letters (ASCII, any case) in a 26^3 table, or -1 when the word does not start with three ASCII letters.</summary>
    private static int Trigram(ReadOnlySpan<char> word)
    {
        if (word.Length < PrefixKeyLength)
        {
            return -1;
        }

        var index = 0;
        for (var i = 0; i < PrefixKeyLength; i++)
        {
            var letter = (word[i] | 0x20) - 'a';
            if ((uint)letter > 25)
            {
                return -1;
            }

            index = (index * 26) + letter;
        }

        return index;
    }
}
