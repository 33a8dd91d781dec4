using Microsoft.Extensions.Logging;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Ledger;

namespace TosScan.Cluster.Grains;

/// <summary>
/// One submitted scan (see <see cref="IScanGrain"/>). Every second it asks each unfinished
/// provider's grain to run (idempotent), and records each answer in the ledger; the ledger's key
/// (scan, run, provider) keeps the first answer only, so every provider is reported exactly once
/// even if it ran twice. A provider whose worker died is simply asked again: the call lands on a
/// new activation on a live worker, which starts it. The scan grain's own state is the ledger, so
/// if its worker dies the client's next call brings it back elsewhere, and a reminder brings it
/// back if no client is waiting.
/// </summary>
internal sealed class ScanGrain(IScanLedger ledger, TimeProvider time, ILogger<ScanGrain> log) : Grain, IScanGrain, IRemindable
{
    private const string KeepScanning = "keep-scanning";
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    /// <summary>A provider grain that does not answer within this is asked again next tick (its worker may be dead).</summary>
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, ProviderRows> _done = [];
    private readonly List<int> _order = [];
    private ScanSubmission? _submission;
    private IGrainTimer? _timer;

    private bool Complete => _submission is not null && _done.Count == _submission.Providers.Count;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var json = await ledger.GetScanAsync(this.GetPrimaryKeyString(), cancellationToken).ConfigureAwait(true);
        if (json is not null)
        {
            _submission = LedgerJson.ReadSubmission(json);
            await LoadAsync(cancellationToken).ConfigureAwait(true);
            StartTicking();
        }
    }

    public async Task SubmitAsync(ScanSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (_submission is null)
        {
            var kept = await ledger.SaveScanAsync(this.GetPrimaryKeyString(), LedgerJson.Write(submission), CancellationToken.None).ConfigureAwait(true);
            _submission = LedgerJson.ReadSubmission(kept);
            await LoadAsync(CancellationToken.None).ConfigureAwait(true);
        }

        if (!Complete)
        {
            // Reminders outlive every activation: the scan goes on even if no client is waiting.
            await this.RegisterOrUpdateReminder(KeepScanning, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)).ConfigureAwait(true);
        }

        StartTicking();
    }

    public Task<ScanProgressView> GetProgressAsync(int seen)
    {
        var finished = _order.Skip(Math.Max(0, seen)).Select(i => new FinishedProvider(i, _done[i])).ToList();
        return Task.FromResult(new ScanProgressView(_submission?.Providers.Count ?? 0, _done.Count, finished, _submission is not null));
    }

    public Task<IReadOnlyList<FinishedProvider>> GetRowsAsync() =>
        Task.FromResult<IReadOnlyList<FinishedProvider>>([.. _done.OrderBy(kv => kv.Key).Select(kv => new FinishedProvider(kv.Key, kv.Value))]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation loaded the scan and started ticking; once complete, the reminder goes.
        if (Complete || _submission is null)
        {
            await StopRemindingAsync().ConfigureAwait(true);
        }
    }

    private void StartTicking()
    {
        if (Complete || _timer is not null)
        {
            return;
        }

        _timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions { DueTime = TimeSpan.Zero, Period = Tick, KeepAlive = true });
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var submission = _submission!;
        var scanId = this.GetPrimaryKeyString();
        var outstanding = Enumerable.Range(0, submission.Providers.Count).Where(i => !_done.ContainsKey(i)).ToList();
        var answers = await Task.WhenAll(outstanding.Select(async i => (Index: i, Rows: await AskAsync(scanId, i, submission).ConfigureAwait(true)))).ConfigureAwait(true);
        foreach (var (index, rows) in answers)
        {
            if (rows is null || _done.ContainsKey(index))
            {
                continue;
            }

            var entry = new LedgerEntry(scanId, 0, index, _order.Count, rows.Worker, LedgerJson.Write(rows.Rows));
            if (await ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(true))
            {
                _done[index] = rows;
                _order.Add(index);
            }
            else
            {
                // Another activation of this scan recorded it first: that record is the report.
                await LoadAsync(cancellationToken).ConfigureAwait(true);
            }
        }

        if (Complete)
        {
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("scan {Scan} complete: {Count} providers", scanId, _done.Count);
            }

            _timer?.Dispose();
            _timer = null;
            await StopRemindingAsync().ConfigureAwait(true);
        }
    }

    private async Task<ProviderRows?> AskAsync(string scanId, int index, ScanSubmission submission)
    {
        var job = new ProviderJob(scanId, index, submission.Providers[index], submission.Settings);
        try
        {
            return await GrainFactory.GetGrain<IProviderGrain>(LedgerJson.ProviderKey(scanId, index))
                .EnsureRunningAsync(job).WaitAsync(CallLimit, time).ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            // A dead or busy worker: ask again next tick, when the grain may live elsewhere.
            if (log.IsEnabled(LogLevel.Debug))
            {
                log.LogDebug(ex, "provider {Index} of scan {Scan} did not answer", index, scanId);
            }

            return null;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await ledger.ReadRunAsync(this.GetPrimaryKeyString(), 0, cancellationToken).ConfigureAwait(true))
        {
            if (_done.TryAdd(entry.Index, new ProviderRows(LedgerJson.ReadRows(entry.RowsJson), entry.Worker)))
            {
                _order.Add(entry.Index);
            }
        }
    }

    private async Task StopRemindingAsync()
    {
        try
        {
            if (await this.GetReminder(KeepScanning).ConfigureAwait(true) is { } reminder)
            {
                await this.UnregisterReminder(reminder).ConfigureAwait(true);
            }
        }
        catch (Exception ex)
        {
            // A reminder left behind only wakes a finished scan, which removes it then.
            if (log.IsEnabled(LogLevel.Debug))
            {
                log.LogDebug(ex, "could not remove the reminder of scan {Scan}", this.GetPrimaryKeyString());
            }
        }
    }
}
