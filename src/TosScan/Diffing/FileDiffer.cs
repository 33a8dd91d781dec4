using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Pipeline;

namespace TosScan.Diffing;

/// <summary>
/// Compares two local files: each is run through the same <see cref="DocumentAnalyzer"/>
/// (extraction, segmentation, classification) and the results are diffed.
/// </summary>
public sealed class FileDiffer(DocumentAnalyzer analyzer, DocumentDiffer differ, TimeProvider time)
{
    /// <param name="oldPath">The older file.</param>
    /// <param name="newPath">The newer file.</param>
    /// <param name="type">What kind of document both are (recorded on the diff; <see cref="DocumentType.Other"/> when null).</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <param name="provider">The provider both belong to (recorded on the diff; each file's own name when null).</param>
    public async Task<DocumentDiff> CompareAsync(string oldPath, string newPath, DocumentType? type, CancellationToken cancellationToken, string? provider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oldPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(newPath);

        // One after the other: the analyzer may be heavy (a model) and the machine small.
        var older = await AnalyzeAsync(oldPath, type ?? DocumentType.Other, provider, cancellationToken).ConfigureAwait(false);
        var newer = await AnalyzeAsync(newPath, type ?? DocumentType.Other, provider, cancellationToken).ConfigureAwait(false);
        return differ.Compare(older, newer);
    }

    private async Task<Document> AnalyzeAsync(string path, DocumentType type, string? provider, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException(path, $"cannot read the file ({ex.Message}); check the path", ex);
        }

        var mediaType = MediaTypeOf(path);
        var source = new DocumentSource(
            provider ?? Path.GetFileNameWithoutExtension(path),
            type,
            Path.GetFullPath(path),
            time.GetUtcNow(),
            Hashing.Sha256Hex(bytes),
            mediaType ?? "application/octet-stream");
        return await analyzer.AnalyzeAsync(new RawContent(bytes, mediaType, null, path), source, ExtractionRules.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The media type a file extension declares, or null to let the extractor sniff.</summary>
    internal static string? MediaTypeOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".MD" or ".MARKDOWN" => "text/markdown",
        ".HTML" or ".HTM" => "text/html",
        ".PDF" => "application/pdf",
        ".TXT" => "text/plain",
        _ => null,
    };
}
