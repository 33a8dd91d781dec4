using System.Text;

namespace TosScan.Readability.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns (Liang 1983, "Word Hy-phen-a-tion by Com-put-er") read from a
/// LibreOffice/Hunspell <c>hyph_*.dic</c> file, the dictionaries Pyphen ships. A pattern is a
/// letter string with a digit between any two letters; every pattern found inside
/// <c>.word.</c> raises the value between its letters to its digit, and an odd value allows a break.
/// Syllables are counted as Pyphen-based tools (textstat) count them: breaks + 1, with at least
/// <see cref="LeftMin"/> letters before the first break and <see cref="RightMin"/> after the last
/// (Pyphen's defaults, which ignore the file's own LEFTHYPHENMIN/RIGHTHYPHENMIN). Immutable once
/// loaded, so one instance serves every thread.
/// </summary>
internal sealed class HyphenationPatterns
{
    public const int LeftMin = 2;
    public const int RightMin = 2;

    private const int StackLimit = 128;

    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private HyphenationPatterns(Dictionary<string, byte[]> patterns, int maxLength, string source)
    {
        _lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = patterns.Count;
        MaxLength = maxLength;
        Source = source;
    }

    /// <summary>Number of patterns with at least one non-zero value.</summary>
    public int Count { get; }

    /// <summary>Letters of the longest pattern: no longer substring needs to be looked up.</summary>
    public int MaxLength { get; }

    /// <summary>Where the patterns were read from.</summary>
    public string Source { get; }

    /// <summary>Reads a <c>.dic</c> file: the first line names its character set, the rest are patterns and keywords.</summary>
    public static HyphenationPatterns Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static HyphenationPatterns Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var firstLineEnd = bytes.IndexOfAny((byte)'\n', (byte)'\r');
        var charset = Encoding.ASCII.GetString(firstLineEnd < 0 ? bytes : bytes[..firstLineEnd]).Trim();
        var text = EncodingOf(charset, source).GetString(firstLineEnd < 0 ? [] : bytes[firstLineEnd..]);

        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var maxLength = 0;
        var letters = new StringBuilder();
        var values = new List<byte>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '%' or '#' || IsKeywordLine(line))
            {
                continue;
            }

            // "c1k/k=k,1,1": a non-standard break (old German "ck" -> "k-k"). Only where it may
            // break matters for counting, so the replacement after the slash is dropped.
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && line.Contains('=', StringComparison.Ordinal))
            {
                line = line[..slash];
            }

            letters.Clear();
            values.Clear();
            values.Add(0);
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c))
                {
                    values[^1] = (byte)(c - '0');
                }
                else
                {
                    letters.Append(c);
                    values.Add(0);
                }
            }

            if (letters.Length == 0 || values.TrueForAll(v => v == 0))
            {
                continue;
            }

            // A later pattern with the same letters replaces an earlier one (the files' second level
            // after NEXTLEVEL repeats some), as Pyphen reads them.
            var key = letters.ToString();
            patterns[key] = [.. values];
            maxLength = Math.Max(maxLength, key.Length);
        }

        if (patterns.Count == 0)
        {
            throw new InvalidDataException($"{source} holds no hyphenation patterns");
        }

        return new HyphenationPatterns(patterns, maxLength, source);
    }

    /// <summary>Syllables of a lower-case word: allowed breaks + 1 (0 for an empty word).</summary>
    public int CountSyllables(ReadOnlySpan<char> word) => word.IsEmpty ? 0 : CountBreaks(word) + 1;

    /// <summary>The number of places a lower-case word may be broken.</summary>
    public int CountBreaks(ReadOnlySpan<char> word)
    {
        if (word.Length < LeftMin + RightMin)
        {
            return 0;
        }

        var length = word.Length + 2;
        Span<char> dotted = length <= StackLimit ? stackalloc char[length] : new char[length];
        Span<byte> points = length + 1 <= StackLimit ? stackalloc byte[length + 1] : new byte[length + 1];
        points.Clear();
        dotted[0] = '.';
        word.CopyTo(dotted[1..]);
        dotted[^1] = '.';

        for (var start = 0; start < length; start++)
        {
            var longest = Math.Min(MaxLength, length - start);
            for (var size = 1; size <= longest; size++)
            {
                if (_lookup.TryGetValue(dotted.Slice(start, size), out var values))
                {
                    for (var k = 0; k < values.Length; k++)
                    {
                        if (values[k] > points[start + k])
                        {
                            points[start + k] = values[k];
                        }
                    }
                }
            }
        }

        // points[i] sits before dotted[i]; a break before word[p] is points[p + 1].
        var breaks = 0;
        for (var p = LeftMin; p <= word.Length - RightMin; p++)
        {
            if ((points[p + 1] & 1) == 1)
            {
                breaks++;
            }
        }

        return breaks;
    }

    /// <summary>LEFTHYPHENMIN, NEXTLEVEL, NOHYPHEN and the other header keywords: upper-case ASCII, never a pattern.</summary>
    private static bool IsKeywordLine(string line)
    {
        var end = line.IndexOf(' ', StringComparison.Ordinal);
        var word = end < 0 ? line.AsSpan() : line.AsSpan(0, end);
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return word.Length > 1;
    }

    private static Encoding EncodingOf(string charset, string source)
    {
        switch (charset.ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal))
        {
            case "UTF8":
                return new UTF8Encoding(false);
            case "ISO88591" or "LATIN1":
                return Encoding.Latin1;
            default:
                try
                {
                    return Encoding.GetEncoding(charset);
                }
                catch (ArgumentException)
                {
                    throw new InvalidDataException($"{source} names the character set '{charset}', which TosScan cannot read");
                }
        }
    }
}
