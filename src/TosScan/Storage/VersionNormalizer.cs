using System.Text;
using System.Text.RegularExpressions;
using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// Removes noise from extracted text before deciding whether it is a new version: tracking
/// parameters in URLs (utm_*, fbclid, gclid, ...), invisible characters, and whitespace
/// differences. Markup noise (reordered attributes, new nonces, changed class names) never
/// reaches the text, since versions compare extracted text, not bytes. Compare with
/// <see cref="TextHash"/>; store the original text.
/// </summary>
public static partial class VersionNormalizer
{
    /// <summary>The text with noise removed: the form two versions are compared in.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutTracking = UrlPattern().Replace(text, m => StripTracking(m.Value));
        var builder = new StringBuilder(withoutTracking.Length);
        var pendingSpace = false;
        var pendingNewline = false;
        foreach (var c in withoutTracking)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue; // zero-width characters and soft hyphens come and go with templates
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingNewline = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (builder.Length > 0 && pendingNewline)
                {
                    builder.Append('\n');
                }
                else if (builder.Length > 0 && pendingSpace)
                {
                    builder.Append(' ');
                }

                pendingSpace = pendingNewline = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>SHA-256 of <see cref="Normalize"/>d text: equal hashes mean the same version.</summary>
    public static string TextHash(string text) => Hashing.Sha256Hex(Normalize(text));

    /// <summary>True when a query parameter only tracks the visitor.</summary>
    public static bool IsTrackingParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        return lower.StartsWith("utm_", StringComparison.Ordinal)
            || lower is "fbclid" or "gclid" or "dclid" or "msclkid" or "igshid" or "mc_cid" or "mc_eid" or "_ga" or "_gl" or "yclid" or "twclid" or "ttclid" or "ref_src" or "si";
    }

    private static string StripTracking(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return url;
        }

        var hash = url.IndexOf('#', q);
        var query = hash < 0 ? url[(q + 1)..] : url[(q + 1)..hash];
        var fragment = hash < 0 ? string.Empty : url[hash..];
        var kept = query.Split('&').Where(p => p.Length > 0 && !IsTrackingParameter(p.Split('=')[0])).ToList();
        return url[..q] + (kept.Count > 0 ? "?" + string.Join('&', kept) : string.Empty) + fragment;
    }

    [GeneratedRegex(@"https?://[^\s<>""')\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
