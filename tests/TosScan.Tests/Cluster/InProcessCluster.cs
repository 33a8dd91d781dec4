using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Hosting;
using TosScan.Cluster.Ledger;
using TosScan.Cluster.Worker;
using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Extraction;
using TosScan.Pipeline;
using TosScan.Scanning;
using TosScan.Segmentation;
using TosScan.Storage;
using TosScan.Storage.Sqlite;

namespace TosScan.Tests.Cluster;

/// <summary>
/// Three Orleans silos in this process (Orleans' test cluster, its own membership), sharing one
/// SQLite scan store and one SQLite ledger in a temporary folder, running the real grains with a
/// light analyzer (extraction and segmentation) so the tests time the cluster, not the models.
/// </summary>
internal sealed class InProcessCluster : IAsyncDisposable
{
    private readonly ConcurrentBag<IScanStore> _stores;

    private InProcessCluster(InProcessTestCluster cluster, ConcurrentBag<IScanStore> stores, string folder)
    {
        Cluster = cluster;
        _stores = stores;
        Folder = folder;
    }

    public InProcessTestCluster Cluster { get; }

    public string Folder { get; }

    public string StorePath => Path.Combine(Folder, "scan.db");

    /// <param name="folder">Where the shared store and ledger live.</param>
    /// <param name="minimumReminderPeriod">Orleans refuses reminders more often than this (1 minute by default); a test of scheduled re-scans lowers it.</param>
    public static async Task<InProcessCluster> StartAsync(string folder, TimeSpan? minimumReminderPeriod = null)
    {
        var ledgerPath = Path.Combine(folder, "ledger.db");
        await new SqlScanLedger(() => new SqliteConnection($"Data Source={ledgerPath}"), TimeProvider.System).InitializeAsync(CancellationToken.None);
        var stores = new ConcurrentBag<IScanStore>();
        var builder = new InProcessTestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            var store = SqliteScanStore.OpenAsync(Path.Combine(folder, "scan.db"), TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
            stores.Add(store);
            silo.UseInMemoryReminderService();
            if (minimumReminderPeriod is { } period)
            {
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = period);
            }

            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
            });
            silo.AddTosScanGrains(store, new LightAnalyzers(), new SqlScanLedger(() => new SqliteConnection($"Data Source={ledgerPath}"), TimeProvider.System), TimeProvider.System);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new InProcessCluster(cluster, stores, folder);
    }

    public ClusterScanClient Client(TimeSpan? waitForWorkers = null) => new(
        Cluster.Client,
        () => Task.FromResult(Cluster.Silos.Count(s => s.IsActive)),
        new ClusterScanOptions { WaitForWorkers = waitForWorkers ?? TimeSpan.FromMinutes(1), PollInterval = TimeSpan.FromMilliseconds(200) },
        _ => Task.CompletedTask,
        TimeProvider.System);

    public static ScanSubmission Submission(ProvidersList list, TimeSpan? every = null) => new(
        [.. list.Providers.Select(ClusterRows.ToWire)],
        ClusterRows.ToSettings(
            new CrawlerOptions { AllowPrivateAddresses = true, PerHostSpacing = TimeSpan.FromMilliseconds(200), RetryBaseDelay = TimeSpan.FromMilliseconds(50), RequestTimeout = TimeSpan.FromSeconds(5), RenderScripts = false },
            new ScanOptions { OutputDirectory = "unused", AnalysisParallelism = 2 },
            language: null,
            every: every));

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private sealed class LightAnalyzers : IAnalyzerSource
    {
        public DocumentAnalyzer Create(string? language) => new(ContentExtractor.CreateDefault(), [new SegmentationStage()]);
    }
}
