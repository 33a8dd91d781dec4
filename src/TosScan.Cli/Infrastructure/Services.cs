using TosScan.Classification;
using TosScan.Crawling;
using TosScan.Extraction;
using TosScan.Language;
using TosScan.Pipeline;
using TosScan.Readability;
using TosScan.Segmentation;
using TosScan.Storage;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// The composition root: builds the pipeline's parts once per command from their options.
/// Nothing here is static, so tests build their own with their own clock and folders.
/// </summary>
internal sealed class Services : IAsyncDisposable
{
    // Loading the models takes a moment; commands that only read the store never pay for it.
    private readonly Lazy<DocumentAnalyzer> _analyzer;

    private Services(TimeProvider time, LanguageOptions language)
    {
        Time = time;
        _analyzer = new(() => new DocumentAnalyzer(ContentExtractor.CreateDefault(), Stages(language)));
    }

    /// <summary>Extraction and every stage after it, in the order the data flows.</summary>
    public DocumentAnalyzer Analyzer => _analyzer.Value;

    public TimeProvider Time { get; }

    /// <param name="environment">The command's clock and folders.</param>
    /// <param name="language">How the language stage decides (the <c>--language</c> given); defaults when null.</param>
    public static Services Create(CliEnvironment environment, LanguageOptions? language = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new Services(environment.Time, language ?? new LanguageOptions());
    }

    /// <summary>The stages after extraction: language -> segmentation -> classification and readability.</summary>
    private static IEnumerable<IDocumentStage> Stages(LanguageOptions language)
    {
        yield return new LanguageStage(language);
        yield return new SegmentationStage();
        yield return new ClassificationStage(new ClassifierOptions());
        yield return new ReadabilityStage();
    }

    /// <summary>
    /// A crawler for one command run (dispose it at the end: it may hold a browser). With a store,
    /// fetches are conditional on what the store already has. Bad options or a malformed
    /// declaration are usage errors.
    /// </summary>
    public Crawler CreateCrawler(CrawlerOptions options, IScanStore? store) => CrawlerCommandOptions.CreateCrawler(options, Time, store);

    /// <summary>
    /// Opens the store that <c>--db</c> names (see <see cref="StorePaths.Resolve"/>), which must
    /// already hold a scan: a bad file, an unreachable server or a database without TosScan's
    /// tables is bad input.
    /// </summary>
    public Task<IScanDatabase> OpenStoreAsync(string db, CancellationToken cancellationToken) =>
        OpenAsync(db, mustExist: true, cancellationToken);

    /// <summary>
    /// Opens the store for a command that writes to it (creating it unless
    /// <paramref name="mustExist"/>), and proves it can be written before any work starts: a
    /// read-only store is bad input, not a failure of every document later.
    /// </summary>
    public async Task<IScanDatabase> OpenWritableStoreAsync(string db, bool mustExist, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(db, mustExist, cancellationToken).ConfigureAwait(false);
        try
        {
            await store.EnsureWritableAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (ScanStoreException ex)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new UsageException(ex.Message, ex);
        }
    }

    private async Task<IScanDatabase> OpenAsync(string db, bool mustExist, CancellationToken cancellationToken)
    {
        try
        {
            return mustExist
                ? await ScanStores.OpenExistingAsync(db, Time, cancellationToken).ConfigureAwait(false)
                : await ScanStores.OpenAsync(db, Time, cancellationToken).ConfigureAwait(false);
        }
        catch (ScanStoreException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
