using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Storage;

namespace TosScan.Crawling.Local;

/// <summary>Fetches a document named by a file: URI: bytes, media type from the extension, SHA-256.</summary>
internal sealed class LocalFileFetcher(LocalFileReader reader, TimeProvider time) : IDocumentFetcher
{
    public async Task<FetchOutcome> FetchAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (bytes, reason) = await reader.ReadAsync(target.Location, cancellationToken).ConfigureAwait(false);
        var location = target.Location.AbsoluteUri;
        if (bytes is null)
        {
            var failed = new FetchRecord(target.Provider, target.Type, location, null, FetchStatus.Failed, null, reason, time.GetUtcNow(), null, null, target.FoundBy);
            return new FetchOutcome(failed, null);
        }

        var mediaType = MediaTypes.FromExtension(target.Location.LocalPath);
        var record = new FetchRecord(target.Provider, target.Type, location, location, FetchStatus.Found, null, null, time.GetUtcNow(), Hashing.Sha256Hex(bytes), null, target.FoundBy);
        return new FetchOutcome(record, new RawContent(bytes, mediaType, null, target.Location.LocalPath));
    }
}
