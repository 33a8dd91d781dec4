using System.Text;

namespace TosScan.Extraction;

/// <summary>
/// Decides the format of raw content: by declared media type, else by the file extension of the
/// source name, else by looking at the first bytes.
/// </summary>
internal static class FormatDetector
{
    private const int SniffLength = 4096;

    public static ContentFormat Detect(RawContent content)
    {
        var declared = FromMediaType(content.MediaType);
        if (declared is { } format)
        {
            return format;
        }

        var byExtension = FromExtension(content.SourceName);
        if (byExtension is { } fromName)
        {
            return fromName;
        }

        // Raw Markdown is often served as text/plain, so for text/plain the extension decides
        // first; after that it stays plain text (no sniffing), so a stray "#" line in a text file
        // does not turn it into Markdown.
        return IsGenericPlainText(content.MediaType) ? ContentFormat.PlainText : Sniff(content.Bytes.Span);
    }

    internal static ContentFormat? FromMediaType(string? mediaType)
    {
        var type = EssenceOf(mediaType);
        return type switch
        {
            "text/html" or "application/xhtml+xml" => ContentFormat.Html,
            "text/markdown" or "text/x-markdown" => ContentFormat.Markdown,
            "application/pdf" or "application/x-pdf" => ContentFormat.Pdf,
            _ => null,
        };
    }

    internal static ContentFormat? FromExtension(string sourceName)
    {
        var path = sourceName;
        if (Uri.TryCreate(sourceName, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            path = uri.AbsolutePath;
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" or ".XHTML" => ContentFormat.Html,
            ".MD" or ".MARKDOWN" => ContentFormat.Markdown,
            ".TXT" or ".TEXT" => ContentFormat.PlainText,
            ".PDF" => ContentFormat.Pdf,
            _ => null,
        };
    }

    internal static ContentFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return ContentFormat.Pdf;
        }

        // Latin-1 keeps every byte as one char, which is enough to look for ASCII markers in any
        // ASCII-compatible encoding.
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (LooksLikeHtml(text))
        {
            return ContentFormat.Html;
        }

        return LooksLikeMarkdown(text) ? ContentFormat.Markdown : ContentFormat.PlainText;
    }

    private static bool IsGenericPlainText(string? mediaType) => EssenceOf(mediaType) == "text/plain";

    private static string EssenceOf(string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(mediaType))
        {
            return string.Empty;
        }

        var semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim().ToLowerInvariant();
    }

    private static bool LooksLikeHtml(string text)
    {
        if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return text.StartsWith('<')
            && (text.Contains("<body", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<head", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
                || text.Contains("<div", StringComparison.OrdinalIgnoreCase));
    }

    private static bool LooksLikeMarkdown(string text)
    {
        var lines = text.Split('\n');
        var signals = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)
                || line.StartsWith("### ", StringComparison.Ordinal))
            {
                signals += 2;
            }
            else if (i > 0 && line.Length >= 3 && lines[i - 1].Trim().Length > 0
                && (line.Trim().All(c => c == '=') || line.Trim().All(c => c == '-')))
            {
                // A setext underline below a line of text.
                signals += 2;
            }
            else if (line.Contains("](", StringComparison.Ordinal) || line.Contains("**", StringComparison.Ordinal))
            {
                signals++;
            }
        }

        return signals >= 2;
    }
}
