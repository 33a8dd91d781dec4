using Microsoft.Extensions.Time.Testing;
using TosScan.Crawling.Politeness;

namespace TosScan.Tests.Crawling;

/// <summary>Per-host spacing and the global cap, on a fake clock so every wait is exact.</summary>
public sealed class HostSchedulerTests
{
    private static readonly Uri A = new("http://a.example/");
    private static readonly Uri B = new("http://b.example/");

    [Fact]
    public async Task A_second_request_to_a_host_waits_for_the_spacing_after_the_first_ends()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 8, time);

        using (await scheduler.AcquireAsync(A, CancellationToken.None))
        {
            time.Advance(TimeSpan.FromMilliseconds(300)); // the response takes 300 ms
        }

        var second = scheduler.AcquireAsync(A, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await second).Dispose();
    }

    [Fact]
    public async Task Other_hosts_do_not_wait()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 8, time);

        (await scheduler.AcquireAsync(A, CancellationToken.None)).Dispose();
        var other = scheduler.AcquireAsync(B, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Crawl_delay_lengthens_the_spacing_up_to_the_cap()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), 8, time);
        scheduler.SetCrawlDelay(HostScheduler.HostKey(A), TimeSpan.FromSeconds(3));
        scheduler.SetCrawlDelay(HostScheduler.HostKey(B), TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(3), scheduler.SpacingOf("a.example"));
        Assert.Equal(TimeSpan.FromSeconds(5), scheduler.SpacingOf("b.example"));

        (await scheduler.AcquireAsync(A, CancellationToken.None)).Dispose();
        var next = scheduler.AcquireAsync(A, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await next).Dispose();
    }

    [Fact]
    public async Task Retry_after_holds_back_the_whole_host()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), 8, time);

        using (var lease = await scheduler.AcquireAsync(A, CancellationToken.None))
        {
            lease.DeferUntil(time.GetUtcNow() + TimeSpan.FromSeconds(30));
        }

        var next = scheduler.AcquireAsync(A, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await next).Dispose();
    }

    [Fact]
    public async Task The_global_cap_holds_requests_to_other_hosts_until_a_slot_frees()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.Zero, TimeSpan.Zero, 1, time);

        var first = await scheduler.AcquireAsync(A, CancellationToken.None);
        var second = scheduler.AcquireAsync(B, CancellationToken.None);
        await Task.Delay(20);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_gives_the_host_back()
    {
        var time = new FakeTimeProvider();
        using var scheduler = new HostScheduler(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), 8, time);
        (await scheduler.AcquireAsync(A, CancellationToken.None)).Dispose();

        using var cancel = new CancellationTokenSource();
        var waiting = scheduler.AcquireAsync(A, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        time.Advance(TimeSpan.FromSeconds(10));
        var next = scheduler.AcquireAsync(A, CancellationToken.None);
        Assert.True(next.IsCompletedSuccessfully);
        (await next).Dispose();
    }
}
