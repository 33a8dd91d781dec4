using TosScan.Cluster.Contracts;
using TosScan.Cluster.Politeness;
using TosScan.Crawling;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cluster;

/// <summary>
/// A worker's turns, as the crawler asks for them, against host grains on three silos in this
/// process: a turn the grain took back while the worker waited for a free local slot is never
/// used; the worker waits for the turn again.
/// </summary>
public sealed class ClusterHostTurnsTests
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_turn_taken_back_while_the_worker_waited_for_a_slot_is_waited_for_again()
    {
        using var temp = new TempFolder();
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();
        var (worker, other) = (cluster.Cluster.Silos[0].SiloAddress, cluster.Cluster.Silos[1].SiloAddress);

        // One slot, and a lease limit of two 250 ms attempts: 0.5 s.
        var options = new CrawlerOptions { MaxConcurrency = 1, RequestTimeout = TimeSpan.FromMilliseconds(250), PerHostSpacing = Spacing };
        using var turns = new ClusterHostTurns(cluster.Cluster.Client, worker, options, TimeProvider.System, leaseMargin: TimeSpan.Zero);
        var busy = await turns.AcquireAsync(new Uri("http://busy.example/"), CancellationToken.None);

        // The host's grain is activated and its first spacing over, so the waiting request is
        // granted the turn at its first ask, then waits for the slot.
        var host = cluster.Cluster.Client.GetGrain<IHostGrain>("taken.example");
        await host.GetRobotsAsync("http://taken.example", Guid.NewGuid());
        await Task.Delay(Spacing * 2);
        var waiting = turns.AcquireAsync(new Uri("http://taken.example/"), CancellationToken.None);
        await Task.Delay(Spacing * 2);

        // Another worker asks for the same host (refused at first: the turn is held) until the
        // grain, past the waiting turn's lease limit, takes it back and grants it to that worker.
        var policy = new HostPolicy(Spacing, TimeSpan.FromMinutes(1), 0.5, 100, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5));
        var lease = Guid.NewGuid();
        Assert.False((await host.TryAcquireAsync(lease, policy, other)).Granted, "the waiting request had not been granted the turn");
        var granted = false;
        for (var attempt = 0; attempt < 100 && !granted; attempt++)
        {
            var answer = await host.TryAcquireAsync(lease, policy, other);
            granted = answer.Granted;
            if (!granted)
            {
                await Task.Delay(answer.Wait);
            }
        }

        Assert.True(granted, "the grain never took the waiting turn back");

        // The slot comes free while the other worker holds the host's turn: the waiting request must not go out.
        await busy.DisposeAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(waiting.IsCompleted, "a turn the grain had taken back was used");

        // Once the other worker's request ends, the waiting one gets the turn, a spacing later.
        await host.ReleaseAsync(lease, new TurnEnd(false, null));
        await using var turn = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
