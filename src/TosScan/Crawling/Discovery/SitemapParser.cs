using System.IO.Compression;
using System.Xml;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Reads the <c>&lt;loc&gt;</c> URLs of a sitemap or sitemap index (sitemaps.org protocol),
/// gzipped or not. DTDs are refused (no entity expansion) and reading stops after
/// <see cref="MaxEntries"/> URLs.
/// </summary>
internal static class SitemapParser
{
    public const int MaxEntries = 50_000;

    /// <summary>The page URLs and the child sitemap URLs (when this is an index).</summary>
    public static (IReadOnlyList<Uri> Pages, IReadOnlyList<Uri> Sitemaps) Parse(ReadOnlySpan<byte> bytes)
    {
        var pages = new List<Uri>();
        var sitemaps = new List<Uri>();
        using var stream = Open(bytes.ToArray());
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 64L * 1024 * 1024 };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            string? parent = null;
            while (reader.Read() && pages.Count + sitemaps.Count < MaxEntries)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName is "url" or "sitemap")
                {
                    parent = reader.LocalName;
                }
                else if (reader.LocalName == "loc" && Uri.TryCreate(reader.ReadElementContentAsString().Trim(), UriKind.Absolute, out var loc))
                {
                    (parent == "sitemap" ? sitemaps : pages).Add(loc);
                }
            }
        }
        catch (XmlException)
        {
            // A broken sitemap gives what was read before the error; discovery goes on without it.
        }

        return (pages, sitemaps);
    }

    private static Stream Open(byte[] bytes)
    {
        var raw = new MemoryStream(bytes, writable: false);
        return bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }
}
