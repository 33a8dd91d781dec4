
namespace TosScan.Crawling;

/// <summary>
/// The crawler's <see cref="IDocumentFetcher"/>: file: URIs (from the providers list) are read
/// locally, everything else goes over the network. Whatever goes wrong inside comes back as a
/// failed record; only cancellation is thrown.
/// </summary>
internal sealed class DocumentFetcher(IDocumentFetcher local, IDocumentFetcher remote, TimeProvider time) : IDocumentFetcher
{
    public async Task<FetchOutcome> FetchAsync(DocumentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            return target.Location.IsAbsoluteUri && target.Location.IsFile
                ? await local.FetchAsync(target, cancellationToken).ConfigureAwait(false)
                : await remote.FetchAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var record = new FetchRecord(target.Provider, target.Type, target.Location.ToString(), null, FetchStatus.Failed, null,
                $"unexpected {ex.GetType().Name}: {ex.Message}", time.GetUtcNow(), null, null, target.FoundBy);
            return new FetchOutcome(record, null);
        }
    }
}
