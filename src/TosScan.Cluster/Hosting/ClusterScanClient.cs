using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Messaging;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Membership;
using TosScan.Cluster.Worker;
using TosScan.Scanning;

namespace TosScan.Cluster.Hosting;

/// <summary>
/// Submits a scan to the cluster and follows it to the end, as a cluster client. When no worker
/// is active it says so once every few seconds and waits up to
/// <see cref="ClusterScanOptions.WaitForWorkers"/>, then gives up with a
/// <see cref="ClusterConnectionException"/>. Calls that fail because a worker just died are
/// simply made again: the scan's state is in the ledger, not in any one worker.
/// </summary>
internal sealed class ClusterScanClient : IAsyncDisposable
{
    private static readonly TimeSpan SayEvery = TimeSpan.FromSeconds(5);

    private readonly IHost? _host;
    private readonly ClusterConnection? _connection;
    private readonly Func<Task<int>> _activeWorkers;
    private readonly ClusterScanOptions _options;
    private readonly Func<string, Task> _say;
    private readonly TimeProvider _time;

    /// <param name="grains">The cluster's grains.</param>
    /// <param name="activeWorkers">How many workers are active now (for the waiting line).</param>
    /// <param name="options">How long to wait and how often to look.</param>
    /// <param name="say">Writes one line of progress to the user.</param>
    /// <param name="time">The clock.</param>
    public ClusterScanClient(IGrainFactory grains, Func<Task<int>> activeWorkers, ClusterScanOptions options, Func<string, Task> say, TimeProvider time)
        : this(null, null, grains, activeWorkers, options, say, time)
    {
    }

    private ClusterScanClient(IHost? host, ClusterConnection? connection, IGrainFactory grains, Func<Task<int>> activeWorkers, ClusterScanOptions options, Func<string, Task> say, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        (_host, _connection, Grains, _activeWorkers, _options, _say, _time) = (host, connection, grains, activeWorkers, options, say, time);
    }

    public IGrainFactory Grains { get; }

    /// <summary>Checks the database, waits for a worker, and connects as an Orleans client.</summary>
    public static async Task<ClusterScanClient> ConnectAsync(string connectionString, ClusterScanOptions options, Func<string, Task> say, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var connection = await ClusterConnection.OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            var gateways = new PostgresGatewayList(connection.Database, ClusterConnection.ClusterId);
            async Task<int> Active() => (await gateways.ActiveAsync().ConfigureAwait(false)).Count;
            await WaitForWorkerAsync(Active, options, say, time, cancellationToken).ConfigureAwait(false);

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterConnection.ClusterId, ClusterConnection.ClusterId));
                client.Services.AddSingleton<IGatewayListProvider>(gateways);
                client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            });
            var host = builder.Build();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return new ClusterScanClient(host, connection, host.Services.GetRequiredService<IClusterClient>(), Active, options, say, time);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Submits the providers and reports each as it finishes; returns every provider's rows in list order.</summary>
    /// <param name="scanId">A new id for the scan (<see cref="NewScanId"/>).</param>
    /// <param name="submission">The providers and settings.</param>
    /// <param name="progress">Told of each provider as it finishes.</param>
    /// <param name="cancellationToken">Stops following the scan; the cluster carries on with it.</param>
    public async Task<IReadOnlyList<ScanStatusRow>> RunAsync(string scanId, ScanSubmission submission, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var scan = Grains.GetGrain<IScanGrain>(scanId);
        await PersistAsync(() => scan.SubmitAsync(submission), cancellationToken).ConfigureAwait(false);

        var seen = 0;
        while (true)
        {
            var view = await PersistAsync(() => scan.GetProgressAsync(seen), cancellationToken).ConfigureAwait(false);
            foreach (var finished in view.Finished)
            {
                seen++;
                var rows = finished.Result.Rows;
                progress?.Report(new ScanProgress(seen, view.Total, submission.Providers[finished.Index].Name,
                    rows.Count(r => r.Status == ScanStatuses.Found), rows.Count(r => r.Status != ScanStatuses.Found)));
            }

            if (view.Known && view.Done == view.Total)
            {
                break;
            }

            await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }

        var all = await PersistAsync(() => scan.GetRowsAsync(), cancellationToken).ConfigureAwait(false);
        return [.. all.OrderBy(f => f.Index).SelectMany(f => f.Result.Rows).Select(ClusterRows.ToStatus)];
    }

    public static string NewScanId() => Guid.NewGuid().ToString("n");

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            try
            {
                await _host.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
            {
                // A client that cannot say goodbye to a dead gateway has nothing left to lose.
            }

            _host.Dispose();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task WaitForWorkerAsync(Func<Task<int>> active, ClusterScanOptions options, Func<string, Task> say, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = time.GetUtcNow();
        var lastSaid = DateTimeOffset.MinValue;
        while (true)
        {
            var count = await active().ConfigureAwait(false);
            if (count > 0)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (now - start > options.WaitForWorkers)
            {
                throw new ClusterConnectionException(string.Create(CultureInfo.InvariantCulture,
                    $"no worker joined the cluster within {options.WaitForWorkers.TotalSeconds:0} s; start one with 'tosscan worker --cluster <connection>'"));
            }

            if (now - lastSaid >= SayEvery)
            {
                lastSaid = now;
                await say(string.Create(CultureInfo.InvariantCulture, $"waiting for a worker to join the cluster ({count} active)...")).ConfigureAwait(false);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Makes a call until it succeeds: a worker dying under it only moves the grain. With no
    /// worker left it waits for one (saying so), and gives up after the wait.
    /// </summary>
    private async Task<T> PersistAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var failingSince = (DateTimeOffset?)null;
        while (true)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failingSince ??= _time.GetUtcNow();
                if (await _activeWorkers().ConfigureAwait(false) == 0)
                {
                    await WaitForWorkerAsync(_activeWorkers, _options, _say, _time, cancellationToken).ConfigureAwait(false);
                }
                else if (_time.GetUtcNow() - failingSince > _options.WaitForWorkers)
                {
                    throw new ClusterConnectionException($"the cluster has not answered for {_options.WaitForWorkers.TotalSeconds:0} s: {ex.Message}", ex);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PersistAsync(Func<Task> call, CancellationToken cancellationToken) =>
        await PersistAsync(async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
}
