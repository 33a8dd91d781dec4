using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using TosScan.Cluster.Ledger;
using TosScan.Cluster.Membership;
using TosScan.Cluster.Worker;
using TosScan.Storage;

namespace TosScan.Cluster.Hosting;

/// <summary>
/// <c>tosscan worker</c>: an Orleans silo that joins the cluster through PostgreSQL (membership,
/// reminders and the scan ledger in our own tables) and runs providers into the given store
/// until it is stopped.
/// </summary>
internal static class WorkerHost
{
    public static async Task<IHost> StartAsync(WorkerOptions options, IScanStore store, IAnalyzerSource analyzers, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var connection = await ClusterConnection.OpenAsync(options.ClusterConnection, cancellationToken).ConfigureAwait(false);
        var ledger = new SqlScanLedger(() => connection.Database.CreateConnection(), time);
        await ledger.InitializeAsync(cancellationToken).ConfigureAwait(false);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Orleans warns about the machine (GC mode, a slow start) in ways a worker cannot act on; errors still show.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Orleans", LogLevel.Error).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Made by a factory so the container disposes it with the host.
        builder.Services.AddSingleton(_ => connection);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterConnection.ClusterId, ClusterConnection.ClusterId));
            silo.Configure<EndpointOptions>(o =>
            {
                if (options.Address is { } address)
                {
                    o.AdvertisedIPAddress = address;
                }

                o.SiloPort = options.SiloPort == 0 ? FreePort() : options.SiloPort;
                o.GatewayPort = options.GatewayPort == 0 ? FreePort() : options.GatewayPort;
            });
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                // A crashed worker is declared dead after a couple of missed probes, so its providers move within seconds.
                o.ProbeTimeout = options.ProbeTimeout;
                o.NumMissedProbesLimit = 2;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            });
            silo.Services.AddSingleton<IMembershipTable>(new PostgresMembershipTable(connection.Database, ClusterConnection.ClusterId));
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable>(new PostgresReminderTable(connection.Database, ClusterConnection.ClusterId));
            silo.AddTosScanGrains(store, analyzers, ledger, time);
        });

        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>A port free right now; the silo binds it a moment later.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
