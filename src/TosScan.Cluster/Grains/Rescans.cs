using Microsoft.Extensions.Logging;
using TosScan.Cluster.Contracts;
using TosScan.Cluster.Ledger;

namespace TosScan.Cluster.Grains;

/// <summary>Records a scheduled re-scan's rows as the provider's next run, off the grain's turn.</summary>
internal static class Rescans
{
    public static async Task RecordAsync(IScanLedger ledger, ProviderJob job, Task<IReadOnlyList<StatusRow>> run, string worker, ILogger log)
    {
        try
        {
            var rows = await run.ConfigureAwait(false);
            var runNumber = await ledger.CountRunsAsync(job.ScanId, job.Index, CancellationToken.None).ConfigureAwait(false);
            var entry = new LedgerEntry(job.ScanId, runNumber, job.Index, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), worker, LedgerJson.Write(rows));
            await ledger.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The next period tries again; what the re-scan stored stays stored.
            log.LogWarning(ex, "re-scan of {Provider} was not recorded", job.Provider.Name);
        }
    }
}
