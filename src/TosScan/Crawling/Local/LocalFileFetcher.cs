using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Crawling.Local;

/// <summary>
/// Reads <c>file:</c> locations (the bundled corpus, or local copies a researcher lists), so a
/// scan runs offline. Other schemes are handed to <paramref name="next"/> when there is one.
/// </summary>
public sealed class LocalFileFetcher(TimeProvider time, IDocumentFetcher? next = null, long maxBytes = LocalFileFetcher.DefaultMaxBytes) : IDocumentFetcher
{
    /// <summary>Same ceiling as the crawler's body limit: 10 MB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public async Task<FetchOutcome> FetchAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Location.IsFile)
        {
            return next is not null
                ? await next.FetchAsync(target, cancellationToken).ConfigureAwait(false)
                : Failed(target, $"cannot fetch {target.Location.Scheme}: locations in this build; use a file path or file: URL");
        }

        var path = target.Location.LocalPath;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(target, $"file not found: {path}; fix the path in the providers list (paths are relative to the CSV)");
            }

            if (info.Length > maxBytes)
            {
                return Failed(target, $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit; split it or raise the limit");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var sha = Hashing.Sha256Hex(bytes);
            var mediaType = MediaTypes.FromExtension(path);
            var record = new FetchRecord(target.Provider, target.Type, target.Location.AbsoluteUri, target.Location.AbsoluteUri,
                "found", null, null, time.GetUtcNow(), sha, null, target.FoundBy);
            return new FetchOutcome(record, new RawContent(bytes, mediaType, null, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(target, $"cannot read {path}: {ex.Message}");
        }
    }

    private FetchOutcome Failed(DocumentTarget target, string reason) => new(
        new FetchRecord(target.Provider, target.Type, target.Location.AbsoluteUri, null, "failed", null, reason, time.GetUtcNow(), null, null, target.FoundBy),
        null);
}
