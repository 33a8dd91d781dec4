using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TosScan.Files;

/// <summary>
/// Folder names for providers: readable in any script, safe on every file system, and unique
/// within a scan. "微博" stays "微博" (it used to become "provider", as did every other name
/// without Latin letters, so their files overwrote each other), and "A/B" and "A B", which both
/// read "A-B", get a short suffix from their exact names.
/// </summary>
public static class FileNames
{
    /// <summary>Longest slug before any suffix: well under the 255-byte name limit, even in UTF-8 CJK.</summary>
    private const int MaxChars = 60;

    /// <summary>The readable part: Unicode letters and digits kept, anything else (slashes, spaces, dots' runs) one '-'.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.Trim().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var keep = Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.'
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                if (builder.Length + rune.Utf16SequenceLength > MaxChars)
                {
                    break;
                }

                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('.', '-');
        return slug.Length == 0 ? "provider" : slug;
    }

    /// <summary>
    /// One folder name per provider name, unique within the set. Names whose slugs collide (also
    /// when they differ only in case, as macOS and Windows see them) all get a suffix made from
    /// their exact name, so the result depends on the set of names, not on their order.
    /// </summary>
    public static IReadOnlyDictionary<string, string> UniqueSlugs(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in names.Distinct(StringComparer.Ordinal).GroupBy(Slug, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToList();
            foreach (var name in members)
            {
                result[name] = members.Count == 1 ? group.Key : $"{Slug(name)}-{Suffix(name)}";
            }
        }

        return result;
    }

    private static string Suffix(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
}
