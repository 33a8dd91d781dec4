using System.Collections.Concurrent;

namespace TosScan.Readability.Hyphenation;

/// <summary>
/// Finds and loads the system's LibreOffice hyphenation dictionaries (Debian's <c>hyphen-*</c>
/// packages install them in <c>/usr/share/hyphen</c>). They are read at run time, never copied into
/// the repository: each language's dictionary is loaded the first time it is needed and kept by this
/// instance (owned by one analyzer), so a run that scores only English never reads them.
/// </summary>
internal sealed class HyphenationDictionaries
{
    private readonly ConcurrentDictionary<string, Lazy<Loaded>> _loaded = new(StringComparer.Ordinal);

    public HyphenationDictionaries(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = folder;
    }

    /// <summary>Where the <c>hyph_*.dic</c> files are looked for.</summary>
    public string Folder { get; }

    /// <summary>
    /// The patterns for <paramref name="dictionary"/>, or null with <paramref name="problem"/> saying
    /// which file is missing and which package installs it.
    /// </summary>
    public HyphenationPatterns? TryGet(HyphenationDictionary dictionary, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var loaded = _loaded.GetOrAdd(dictionary.Package, _ => new Lazy<Loaded>(() => Load(dictionary))).Value;
        problem = loaded.Problem;
        return loaded.Patterns;
    }

    private Loaded Load(HyphenationDictionary dictionary)
    {
        foreach (var file in dictionary.Files)
        {
            var path = Path.Combine(Folder, file);
            if (File.Exists(path))
            {
                try
                {
                    return new Loaded(HyphenationPatterns.Load(path), null);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    return new Loaded(null, $"the hyphenation dictionary {path} could not be read ({ex.Message})");
                }
            }
        }

        return new Loaded(null, $"no hyphenation dictionary for syllables ({string.Join(" or ", dictionary.Files)} in {Folder}); install Debian's {dictionary.Package} (apt-get install {dictionary.Package})");
    }

    private sealed record Loaded(HyphenationPatterns? Patterns, string? Problem);
}

/// <summary>One language's hyphenation dictionary: the file names to try, in order, and the Debian package that installs them.</summary>
internal sealed record HyphenationDictionary(string Package, IReadOnlyList<string> Files);
