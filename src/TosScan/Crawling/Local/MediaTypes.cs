namespace TosScan.Crawling.Local;

/// <summary>Media type of a local file from its extension (null lets extraction sniff).</summary>
internal static class MediaTypes
{
    public static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".xhtml" => "application/xhtml+xml",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        ".md" or ".markdown" => "text/markdown",
        ".xml" => "application/xml",
        _ => null,
    };
}
