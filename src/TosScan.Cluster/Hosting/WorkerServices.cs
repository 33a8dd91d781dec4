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
/// <remarks>
/// The grain directory is Orleans' strongly consistent one. The default directory is eventually
/// consistent and, by Orleans' own account, can briefly hold two activations of one grain while
/// the cluster is unstable (a worker dying); two activations of a host's grain would hand out
/// turns independently, and politeness is a promise to the sites that may not depend on the
/// cluster being calm. One of about 30 runs of the three-worker test (a worker killed, the
/// machine loaded) saw a host receive two requests 630-670 ms apart at Crawl-delay 1; its cause
/// was not pinned down, and this closes one candidate (the turn check in ClusterHostTurns the other).
/// </remarks>
internal static class WorkerServices
{
    public static ISiloBuilder AddTosScanGrains(this ISiloBuilder silo, IScanStore store, IAnalyzerSource analyzers, IScanLedger ledger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(silo);
#pragma warning disable ORLEANSEXP003 // Marked experimental in Orleans 10; it is the directory that keeps one activation per grain through failures.
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        silo.Services.AddSingleton(store);
        silo.Services.AddSingleton(analyzers);
        silo.Services.AddSingleton(ledger);
        silo.Services.AddSingleton(time);
        silo.Services.AddSingleton<WorkerEngines>();
        return silo;
    }
}
