using System.Text;
using System.Text.RegularExpressions;

namespace TosScan.Extraction.Text;

/// <summary>Finds a charset declared by a &lt;meta&gt; tag near the start of an HTML page.</summary>
internal static partial class HtmlCharsetSniffer
{
    /// <summary>Browsers look at the first 1024 bytes; 2 KB allows for long preambles.</summary>
    private const int PrescanLength = 2048;

    public static string? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["name"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
