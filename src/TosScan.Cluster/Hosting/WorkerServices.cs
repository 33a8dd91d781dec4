using Microsoft.Extensions.DependencyInjection;
using TosScan.Cluster.Ledger;
using TosScan.Cluster.Worker;
using TosScan.Storage;

namespace TosScan.Cluster.Hosting;

/// <summary>
/// What every silo running TosScan's grains needs, whatever its clustering: the scan store,
/// the analyzer source, the ledger and the clock. The worker command and the tests' silos both
/// register through here, so they run the same grains the same way.
/// </summary>
internal static class WorkerServices
{
    public static ISiloBuilder AddTosScanGrains(this ISiloBuilder silo, IScanStore store, IAnalyzerSource analyzers, IScanLedger ledger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(store);
        silo.Services.AddSingleton(analyzers);
        silo.Services.AddSingleton(ledger);
        silo.Services.AddSingleton(time);
        silo.Services.AddSingleton<WorkerEngines>();
        return silo;
    }
}
