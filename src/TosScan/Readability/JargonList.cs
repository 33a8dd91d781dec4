using System.Collections.Frozen;

namespace TosScan.Readability;

/// <summary>
/// The legal-jargon list (Data/legal-jargon.txt) indexed for a single pass over the words of a text.
/// </summary>
internal sealed class JargonList
{
    private readonly FrozenDictionary<string, JargonEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, JargonEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstPrefix;

    private JargonList(IReadOnlyList<JargonEntry> entries)
    {
        Entries = entries;
        // Longest phrases first, so "to the fullest extent permitted by law" wins over "law".
        _byFirstWord = entries.Where(e => !e.FirstIsPrefix)
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstPrefix = entries.Where(e => e.FirstIsPrefix)
            .GroupBy(e => e.Words[0][..PrefixKeyLength], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal)
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

    /// <summary>Entries whose first word is exactly <paramref name="lowerWord"/>, longest phrases first.</summary>
    public ReadOnlySpan<JargonEntry> ExactCandidates(ReadOnlySpan<char> lowerWord) =>
        _byFirstWord.TryGetValue(lowerWord, out var entries) ? entries : [];

    /// <summary>Single-word prefix entries that may match <paramref name="lowerWord"/> (check with <see cref="JargonEntry.WordMatches"/>).</summary>
    public ReadOnlySpan<JargonEntry> PrefixCandidates(ReadOnlySpan<char> lowerWord) =>
        lowerWord.Length >= PrefixKeyLength && _byFirstPrefix.TryGetValue(lowerWord[..PrefixKeyLength], out var entries) ? entries : [];
}
