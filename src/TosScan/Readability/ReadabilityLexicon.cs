using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace TosScan.Readability;

/// <summary>
/// The word tables readability needs: syllable counts from the CMU Pronouncing Dictionary, the
/// Dale-Chall familiar words and the legal-jargon list. Immutable once loaded, so one instance
/// serves every document and thread; <see cref="Shared"/> loads the embedded tables once per process.
/// </summary>
internal sealed class ReadabilityLexicon
{
    private const string ResourcePrefix = "TosScan.Readability.Data.";

    private static readonly Lazy<ReadabilityLexicon> SharedInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _syllables;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _easyWords;

    public ReadabilityLexicon(FrozenDictionary<string, byte> syllables, FrozenSet<string> easyWords, JargonList jargon)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        ArgumentNullException.ThrowIfNull(easyWords);
        ArgumentNullException.ThrowIfNull(jargon);
        _syllables = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        _easyWords = easyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Jargon = jargon;
    }

    /// <summary>The embedded tables, loaded on first use.</summary>
    public static ReadabilityLexicon Shared => SharedInstance.Value;

    public JargonList Jargon { get; }

    /// <summary>Syllables of a lower-case headword, or false when the dictionary does not have it.</summary>
    public bool TryGetSyllables(ReadOnlySpan<char> lowerWord, out int syllables)
    {
        if (_syllables.TryGetValue(lowerWord, out var count))
        {
            syllables = count;
            return true;
        }

        syllables = 0;
        return false;
    }

    /// <summary>True when the lower-case word is on the Dale-Chall familiar-word list.</summary>
    public bool IsEasyWord(ReadOnlySpan<char> lowerWord) => _easyWords.Contains(lowerWord);

    public static ReadabilityLexicon LoadEmbedded()
    {
        var syllables = LoadSyllables();
        var easy = ReadLines("dale-chall-easy-words.txt").ToFrozenSet(StringComparer.Ordinal);
        var jargon = JargonList.Parse(ReadLines("legal-jargon.txt"));
        return new ReadabilityLexicon(syllables, easy, jargon);
    }

    private static FrozenDictionary<string, byte> LoadSyllables()
    {
        using var stream = OpenResource("cmudict-syllables.txt.gz");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream(2 * 1024 * 1024);
        gzip.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        // The table is ASCII "word<TAB>count\n" lines: parse bytes directly rather than through a
        // TextReader, because this runs at every start of the CLI.
        var entries = new Dictionary<string, byte>(130_000, StringComparer.Ordinal);
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            var tab = line.IndexOf((byte)'\t');
            if (tab <= 0)
            {
                continue;
            }

            var count = 0;
            foreach (var digit in line[(tab + 1)..])
            {
                count = (count * 10) + (digit - '0');
            }

            entries[Encoding.ASCII.GetString(line[..tab])] = (byte)count;
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static List<string> ReadLines(string name)
    {
        using var stream = OpenResource(name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static Stream OpenResource(string name) =>
        typeof(ReadabilityLexicon).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The embedded readability table '{name}' is missing from the TosScan assembly; rebuild the project (the tables live in src/TosScan/Readability/Data/).");
}
