using Orleans.TestingHost;
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

        // While silos are still joining, a grain may be activated afresh, and the circuit lives in
        // the activation: ask only once membership has settled.
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

        // While silos are still joining, a grain may be activated afresh, and the circuit lives in
        // the activation: ask only once membership has settled.
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

    [Fact]
    public async Task A_turn_out_when_the_host_grain_s_worker_dies_is_honoured_by_the_grain_s_next_activation()
    {
        using var temp = new TempFolder();
        await using var cluster = await InProcessCluster.StartAsync(temp.Path);
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();
        var silos = cluster.Cluster.Silos;

        // A worker that lives on (the first silo, which keeps the test cluster's membership) takes a
        // host's turn and holds it, as it does while its request is on the wire, from a host grain
        // that lives on another silo: hosts are tried until one's grain is placed there.
        var holder = silos[0].SiloAddress;
        var lease = Guid.NewGuid();
        IHostGrain? host = null;
        InProcessSiloHandle? victim = null;
        for (var i = 0; i < 30 && victim is null; i++)
        {
            var candidate = cluster.Cluster.Client.GetGrain<IHostGrain>($"failover-{i}.example");
            await GrantedAsync(candidate, lease, holder);
            host = candidate;
            victim = silos.Skip(1).FirstOrDefault(s =>
                cluster.Cluster.TryGetGrainContext(candidate.GetGrainId(), out var context) && s.SiloAddress.Equals(context!.Address.SiloAddress));
        }

        Assert.NotNull(victim);
        Assert.NotNull(host);
        var other = silos.First(s => s != victim && !s.SiloAddress.Equals(holder)).SiloAddress;
        await cluster.Cluster.KillSiloAsync(victim);

        // The grain comes back on a survivor. While the turn is out, no other worker gets one (before
        // the ledger kept turns, the new activation granted one a spacing after it started) ...
        var asking = System.Diagnostics.Stopwatch.StartNew();
        var answers = 0;
        while (asking.Elapsed < TimeSpan.FromSeconds(8))
        {
            TurnAnswer answer;
            try
            {
                answer = await host.TryAcquireAsync(Guid.NewGuid(), Policy, other);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The grain's old worker is not yet declared dead: ask again, as a worker does.
                await Task.Delay(100);
                continue;
            }

            Assert.False(answer.Granted, $"a second worker got the host's turn {asking.Elapsed.TotalSeconds:0.0} s after the grain's worker died, while the first still held it");
            answers++;
            await Task.Delay(100);
        }

        Assert.True(answers > 0, "the host grain never came back on a surviving worker");

        // ... the holder's confirmation still holds, and once it hands the turn back the next worker gets it.
        Assert.True((await host.TryAcquireAsync(lease, Policy, holder)).Granted);
        await host.ReleaseAsync(lease, new TurnEnd(false, null));
        await GrantedAsync(host, Guid.NewGuid(), other);
    }

    /// <summary>Asks for the turn as a worker does, waiting as told, but never past a circuit.</summary>
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
