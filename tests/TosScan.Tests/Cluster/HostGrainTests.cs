using TosScan.Cluster.Contracts;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cluster;

/// <summary>
/// The host grain's promises that a crawl of polite loopback sites never exercises: a host's
/// Retry-After holds for every worker, and failures seen by several workers open one circuit.
/// Asked directly, as workers ask it, on three silos in this process.
/// </summary>
public sealed class HostGrainTests
{
    private static readonly HostPolicy Policy = new(
        Spacing: TimeSpan.FromMilliseconds(100),
        LeaseLimit: TimeSpan.FromMinutes(1),
        FailureRatio: 0.5,
        MinimumThroughput: 2,
        SamplingDuration: TimeSpan.FromSeconds(30),
        BreakDuration: TimeSpan.FromSeconds(3));

    [Fact]
    public async Task A_retry_after_sent_to_one_worker_holds_back_every_worker()
    {
        using var temp = new TempFolder();
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);

        // While silos are still joining, a grain may be activated afresh (each activation starts
        // with a spacing to wait): ask only once membership has settled.
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();
        var host = cluster.Cluster.Client.GetGrain<IHostGrain>("retry-after.example");
        var (first, second) = (cluster.Cluster.Silos[0].SiloAddress, cluster.Cluster.Silos[1].SiloAddress);

        var lease = Guid.NewGuid();
        await GrantedAsync(host, lease, first);
        await host.ReleaseAsync(lease, new TurnEnd(Failed: true, NotBefore: DateTimeOffset.UtcNow.AddSeconds(2)));

        var other = Guid.NewGuid();
        var answer = await host.TryAcquireAsync(other, Policy, second);
        Assert.False(answer.Granted);
        Assert.False(answer.CircuitOpen);
        Assert.InRange(answer.Wait, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2));

        await Task.Delay(answer.Wait + TimeSpan.FromMilliseconds(50));
        await GrantedAsync(host, other, second);
    }

    [Fact]
    public async Task Failures_from_different_workers_open_the_host_s_circuit_for_all_until_the_break_is_over()
    {
        using var temp = new TempFolder();
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);

        // While silos are still joining, a grain may be activated afresh (each activation starts
        // with a spacing to wait): ask only once membership has settled.
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();
        var host = cluster.Cluster.Client.GetGrain<IHostGrain>("failing.example");
        var workers = cluster.Cluster.Silos.Select(s => s.SiloAddress).ToList();

        // One failed request from each of two workers: two outcomes, all failed, the circuit opens.
        foreach (var worker in workers.Take(2))
        {
            var lease = Guid.NewGuid();
            await GrantedAsync(host, lease, worker);
            await host.ReleaseAsync(lease, new TurnEnd(Failed: true, NotBefore: null));
        }

        var third = await host.TryAcquireAsync(Guid.NewGuid(), Policy, workers[2]);
        Assert.False(third.Granted);
        Assert.True(third.CircuitOpen);
        Assert.InRange(third.Wait, TimeSpan.FromSeconds(2), Policy.BreakDuration);

        await Task.Delay(third.Wait + TimeSpan.FromMilliseconds(50));
        await GrantedAsync(host, Guid.NewGuid(), workers[2]);
    }

    /// <summary>Asks for the turn as a worker does, waiting as told (a new host grain first waits one spacing), but never past a circuit.</summary>
    /// <remarks>
    /// Bounded by time rather than by a number of asks: once, under the whole suite's load, the first
    /// turn of a fresh cluster was not granted within 50 asks (the cause was not established; alone,
    /// the test passes). A wait under a millisecond is waited as one, since Task.Delay rounds it to none.
    /// </remarks>
    private static async Task GrantedAsync(IHostGrain host, Guid lease, SiloAddress worker)
    {
        var asking = System.Diagnostics.Stopwatch.StartNew();
        while (asking.Elapsed < TimeSpan.FromSeconds(20))
        {
            var answer = await host.TryAcquireAsync(lease, Policy, worker);
            if (answer.Granted)
            {
                return;
            }

            Assert.False(answer.CircuitOpen, "the circuit is open");
            Assert.InRange(answer.Wait, TimeSpan.Zero, Policy.Spacing);
            await Task.Delay(answer.Wait > TimeSpan.FromMilliseconds(1) ? answer.Wait : TimeSpan.FromMilliseconds(1));
        }

        Assert.Fail("the turn was never granted within 20 s");
    }
}
