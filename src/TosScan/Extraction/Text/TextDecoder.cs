using System.Globalization;
using System.Text;
using UtfUnknown;

namespace TosScan.Extraction.Text;

/// <summary>
/// Turns bytes into a string. Order of evidence: byte-order mark, the declared charset (HTTP
/// header), for HTML a &lt;meta&gt; charset, then statistical detection, then UTF-8.
/// A declared charset that is unknown, or that the bytes are not valid in (checked for UTF-8),
/// is skipped with a note rather than failing the document.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Above this share of control or replacement characters the input is not text.</summary>
    private const double MaxGarbageShare = 0.05;

    public static DecodedText Decode(RawContent content, bool isHtml)
    {
        var bytes = content.Bytes.Span;
        var notes = new List<string>();

        var decoded = DecodeWithBom(bytes)
            ?? DecodeDeclared(bytes, content.Charset, "declared charset", notes)
            ?? (isHtml ? DecodeDeclared(bytes, HtmlCharsetSniffer.FindMetaCharset(bytes), "<meta> charset", notes) : null)
            ?? DecodeDetected(bytes);

        EnsureLooksLikeText(decoded.Text, content.SourceName);
        return decoded with { Notes = notes };
    }

    private static DecodedText? DecodeWithBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), "utf-8", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);
        }

        return null;
    }

    private static DecodedText? DecodeDeclared(ReadOnlySpan<byte> bytes, string? label, string origin, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var encoding = EncodingNames.Resolve(label);
        if (encoding is null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{origin} '{label}' is unknown; the encoding was detected from the bytes instead"));
            return null;
        }

        if (EncodingNames.IsUtf8(encoding))
        {
            // UTF-8 can be verified: a page whose header says UTF-8 but whose bytes are not is
            // common (a server default) and decoding it anyway would garble every accented letter.
            try
            {
                return new DecodedText(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8", []);
            }
            catch (DecoderFallbackException)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{origin} '{label}' does not match the bytes (not valid UTF-8); looked further"));
                return null;
            }
        }

        if (encoding.CodePage is 1200 or 1201 && bytes.Length % 2 != 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{origin} '{label}' does not match the bytes (odd length for UTF-16); looked further"));
            return null;
        }

        return new DecodedText(encoding.GetString(bytes), encoding.WebName, []);
    }

    private static DecodedText DecodeDetected(ReadOnlySpan<byte> bytes)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            // Valid UTF-8 is almost never an accident, and the detector can mistake short UTF-8
            // text for a single-byte code page.
            return new DecodedText(strict.GetString(bytes), "utf-8", []);
        }
        catch (DecoderFallbackException)
        {
        }

        var array = bytes.ToArray();
        var detected = CharsetDetector.DetectFromBytes(array).Detected;
        var encoding = detected?.Encoding ?? EncodingNames.Resolve(detected?.EncodingName);
        if (encoding is not null && detected is { Confidence: > 0.2f })
        {
            return new DecodedText(encoding.GetString(array), encoding.WebName, []);
        }

        return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", []);
    }

    private static void EnsureLooksLikeText(string text, string sourceName)
    {
        if (text.Length == 0)
        {
            return;
        }

        var garbage = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                garbage++;
            }
        }

        var share = (double)garbage / text.Length;
        if (share > MaxGarbageShare)
        {
            throw new ExtractionException(
                sourceName,
                string.Create(CultureInfo.InvariantCulture, $"does not look like text ({share:P0} of its characters are control or undecodable bytes); if it is a PDF or office file, give it the right extension or media type, otherwise supply a text, HTML or Markdown version"));
        }
    }
}
