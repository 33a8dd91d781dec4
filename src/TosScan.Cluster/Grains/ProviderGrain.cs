using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Ledger;
using TosScan.Cluster.Worker;

namespace TosScan.Cluster.Grains;

/// <summary>
/// One provider of one scan (see <see cref="IProviderGrain"/>). The scan runs on the thread pool,
/// outside the grain's turn, so the grain keeps answering "still running" while it waits on
/// politeness; a deactivation (the worker shutting down) cancels it, and the scan grain's next
/// call starts it again elsewhere. With a schedule, the reminder re-scans the provider each
/// period and records the rows as a new run in the ledger; an unchanged provider then adds fetch
/// records only.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "The token source is cancelled and disposed in OnDeactivateAsync, the grain's end of life.")]
// Random: a scan hands out all its providers at once, faster than load statistics refresh.
[Orleans.Placement.RandomPlacement]
internal sealed class ProviderGrain(WorkerEngines engines, IScanLedger ledger, ILocalSiloDetails silo, ILogger<ProviderGrain> log) : Grain, IProviderGrain, IRemindable
{
    private const string Rescan = "rescan";
    private readonly CancellationTokenSource _stop = new();
    private Task<IReadOnlyList<StatusRow>>? _run;

    private string Worker => silo.SiloAddress.ToParsableString();

    public async Task<ProviderRows?> EnsureRunningAsync(ProviderJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_run is { IsFaulted: true } or { IsCanceled: true })
        {
            // Not a provider's failure (ProviderScanner records those as rows) but the worker's,
            // such as the store being unreachable: try again on the next call.
            log.LogWarning(_run.Exception, "provider {Provider} stopped; starting it again", job.Provider.Name);
            _run = null;
        }

        if (_run is null)
        {
            _run = Start(job);
            if (job.Settings.Every is { } every && await this.GetReminder(Rescan).ConfigureAwait(true) is null)
            {
                await this.RegisterOrUpdateReminder(Rescan, every, every).ConfigureAwait(true);
            }
        }

        return _run.IsCompletedSuccessfully ? new ProviderRows(_run.Result, Worker) : null;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var (scanId, index) = LedgerJson.ParseProviderKey(this.GetPrimaryKeyString());
        var json = await ledger.GetScanAsync(scanId, CancellationToken.None).ConfigureAwait(true);
        var submission = json is null ? null : LedgerJson.ReadSubmission(json);
        if (submission?.Settings.Every is null || index >= submission.Providers.Count)
        {
            if (await this.GetReminder(reminderName).ConfigureAwait(true) is { } stale)
            {
                await this.UnregisterReminder(stale).ConfigureAwait(true);
            }

            return;
        }

        if (_run is { IsCompleted: false })
        {
            return;
        }

        var job = new ProviderJob(scanId, index, submission.Providers[index], submission.Settings);
        _run = Start(job);
        _ = Rescans.RecordAsync(ledger, job, _run, Worker, log);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _stop.Cancel();
        _stop.Dispose();
        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<StatusRow>> Start(ProviderJob job)
    {
        var token = _stop.Token;
        return Task.Run(() => engines.ScanAsync(job, token), token);
    }
}
