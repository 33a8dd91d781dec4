using TosScan.Crawling;
using TosScan.Crawling.Local;
using TosScan.Extraction;
using TosScan.Language;
using TosScan.Pipeline;
using TosScan.Readability;
using TosScan.Segmentation;
using TosScan.Storage.Sqlite;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// The composition root: builds the pipeline's parts once per command from their options.
/// Nothing here is static, so tests build their own with their own clock and folders.
/// </summary>
internal sealed class Services : IAsyncDisposable
{
    private Services(DocumentAnalyzer analyzer, IDocumentLocator locator, IDocumentFetcher fetcher, TimeProvider time)
    {
        Analyzer = analyzer;
        Locator = locator;
        Fetcher = fetcher;
        Time = time;
    }

    public DocumentAnalyzer Analyzer { get; }

    public IDocumentLocator Locator { get; }

    public IDocumentFetcher Fetcher { get; }

    public TimeProvider Time { get; }

    public static Services Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var analyzer = new DocumentAnalyzer(ContentExtractor.CreateDefault(), Stages());
        var fetcher = new LocalFileFetcher(environment.Time);
        return new Services(analyzer, new ExplicitLocator(), fetcher, environment.Time);
    }

    /// <summary>The stages after extraction, in the order the data flows.</summary>
    private static IEnumerable<IDocumentStage> Stages()
    {
        yield return new LanguageStage();
        yield return new SegmentationStage();
        yield return new ReadabilityStage();
    }

    /// <summary>Opens (creating or migrating) the SQLite store; a bad file is bad input.</summary>
    public async Task<SqliteScanStore> OpenStoreAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteScanStore.OpenAsync(path, Time, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteStoreException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
