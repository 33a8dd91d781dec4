namespace TosScan.Crawling.Local;

/// <summary>Media types of local files, from their extension; null lets extraction sniff.</summary>
public static class MediaTypes
{
    public static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".xhtml" => "text/html",
        ".pdf" => "application/pdf",
        ".md" or ".markdown" => "text/markdown",
        ".txt" or ".text" => "text/plain",
        _ => null,
    };
}
