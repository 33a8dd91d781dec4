using TosScan.Crawling.Http;

namespace TosScan.Crawling.Local;

/// <summary>
/// Reads file: URIs, which only the providers list may name (the bundled corpus and local
/// copies). Reading is bounded by the same size limit as the network.
/// </summary>
internal sealed class LocalFileReader(CrawlerOptions options)
{
    /// <summary>The bytes, or a reason they could not be read.</summary>
    public async Task<(byte[]? Bytes, string? Reason)> ReadAsync(Uri location, CancellationToken cancellationToken)
    {
        if (!location.IsFile)
        {
            return (null, $"not a file URI: {location}");
        }

        var path = location.LocalPath;
        if (!File.Exists(path))
        {
            return (null, $"file not found: {path}");
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var (bytes, oversize) = await BoundedBodyReader.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false);
                return oversize ? (null, FailureReasons.Oversize(options.MaxBytes)) : (bytes, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read {path}: {ex.Message}");
        }
    }
}
