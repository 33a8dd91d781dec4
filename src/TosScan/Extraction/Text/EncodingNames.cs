using System.Text;

namespace TosScan.Extraction.Text;

/// <summary>Resolves charset labels to encodings without registering anything globally.</summary>
internal static class EncodingNames
{
    /// <summary>
    /// Returns the encoding for a charset label, or null when the label is unknown or unsupported.
    /// Labels for Latin-1 and ASCII resolve to windows-1252, as browsers do: pages that declare
    /// iso-8859-1 routinely contain curly quotes from the 0x80-0x9F range.
    /// </summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" => "windows-1252",
            "utf8" => "utf-8",
            _ => name,
        };

        // CodePagesEncodingProvider is asked directly rather than registered, so no process-wide
        // state changes; it returns null for names it does not know.
        var codePage = CodePagesEncodingProvider.Instance.GetEncoding(name);
        if (codePage is not null)
        {
            return codePage;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;
}
