using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using TosScan.Cli.Infrastructure;
using TosScan.Cluster.Hosting;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan worker --cluster &lt;connection&gt;</c>: one worker of a scanning cluster (an Orleans
/// silo) that runs the providers it is given into the store until Ctrl+C or SIGTERM.
/// </summary>
internal sealed class WorkerCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var cluster = ClusterOptions.Cluster(required: true);
        var db = new Option<string?>("--db") { Description = "Store the worker writes to (default: the --cluster database). A SQLite path works only for workers on one machine." };
        var address = new Option<string?>("--address") { Description = "Address other workers and clients reach this worker at (default: this machine's first IPv4 address; 127.0.0.1 for a cluster on one machine)." };
        var siloPort = new Option<int>("--silo-port") { Description = "Port for worker-to-worker traffic (default 0: a free port)." };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to (default 0: a free port)." };
        var command = new Command("worker", "Join a scanning cluster through its PostgreSQL database and scan the providers it hands out, until stopped.")
        {
            cluster,
            db,
            address,
            siloPort,
            gatewayPort,
        };

        command.SetAction(async (parse, ct) =>
        {
            var connection = parse.GetValue(cluster)!;
            var options = new WorkerOptions
            {
                ClusterConnection = connection,
                Address = parse.GetValue(address) is { } text ? ParseAddress(text) : null,
                SiloPort = parse.GetValue(siloPort),
                GatewayPort = parse.GetValue(gatewayPort),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
            }

            await using var services = Services.Create(environment);
            await using var store = await services.OpenWritableStoreAsync(StorePaths.Resolve(environment, parse.GetValue(db) ?? connection), mustExist: false, ct).ConfigureAwait(false);
            IHost host;
            try
            {
                host = await WorkerHost.StartAsync(options, store, new CliAnalyzers(environment), environment.Time, ct).ConfigureAwait(false);
            }
            catch (ClusterConnectionException ex)
            {
                throw new UsageException(ex.Message, ex);
            }

            using (host)
            {
                await environment.Error.WriteLineAsync($"worker joined the cluster (store {store.Description}); Ctrl+C stops it").ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, environment.Time, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: leave the cluster politely so the others take over at once.
                }

                await environment.Error.WriteLineAsync("worker leaving the cluster; its providers move to the other workers").ConfigureAwait(false);
                await host.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IPAddress ParseAddress(string text) =>
        IPAddress.TryParse(text, out var address) ? address : throw new UsageException($"--address '{text}': give an IP address such as 10.0.0.5 or 127.0.0.1");
}
