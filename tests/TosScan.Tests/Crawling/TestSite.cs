using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 with a random port. Each path is served by a
/// handler; every request's arrival time is recorded on the server side so tests can check the
/// crawler's spacing as the site saw it.
/// </summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(TimeSpan At, string PathAndQuery, IReadOnlyDictionary<string, string> Headers)> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TestSite(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<(TimeSpan At, string PathAndQuery, IReadOnlyDictionary<string, string> Headers)> Requests => [.. _requests];

    public static async Task<TestSite> StartAsync(IPAddress? address = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(address ?? IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        site.BaseUri = new Uri($"http://{(address ?? IPAddress.Loopback)}:{port}/");
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public TestSite Map(string path, Func<HttpContext, Task> handler)
    {
        _routes[path] = handler;
        return this;
    }

    public TestSite Html(string path, string html) => Map(path, ctx => Write(ctx, "text/html; charset=utf-8", html));

    public TestSite Text(string path, string contentType, string body) => Map(path, ctx => Write(ctx, contentType, body));

    public TestSite Robots(string body) => Text("/robots.txt", "text/plain", body);

    public static Task Write(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    /// <summary>Paths requested, in order.</summary>
    public IReadOnlyList<string> Paths => [.. _requests.Select(r => r.PathAndQuery)];

    public int Count(string pathAndQuery) => _requests.Count(r => r.PathAndQuery == pathAndQuery);

    /// <summary>
    /// The requests for a path once at least <paramref name="expected"/> have reached a handler, or
    /// when <paramref name="within"/> has passed. A request a client gave up on still reaches its
    /// handler, but on a loaded machine that can be after the client has moved on.
    /// </summary>
    public async Task<int> CountWhenArrivedAsync(string pathAndQuery, int expected, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (Count(pathAndQuery) < expected && deadline.Elapsed < within)
        {
            await Task.Delay(20);
        }

        return Count(pathAndQuery);
    }

    /// <summary>The smallest gap between two consecutive requests (null with fewer than two).</summary>
    public TimeSpan? MinimumGap(int skip = 0)
    {
        var times = _requests.Select(r => r.At).Order().Skip(skip).ToList();
        return times.Count < 2 ? null : times.Zip(times.Skip(1), (a, b) => b - a).Min();
    }

    /// <summary>
    /// Asserts every two consecutive requests arrived at least <paramref name="spacing"/> apart, less
    /// a small allowance for timer granularity.
    /// </summary>
    /// <param name="spacing">The spacing the crawler promised.</param>
    /// <param name="skip">Requests to leave out first (those of an earlier crawler run).</param>
    public void AssertSpacing(TimeSpan spacing, int skip = 0)
    {
        if (MinimumGap(skip) is { } gap)
        {
            Assert.True(gap >= spacing - TimeSpan.FromMilliseconds(15), $"requests to {BaseUri} came {gap.TotalMilliseconds:0} ms apart; spacing is {spacing.TotalMilliseconds:0} ms. Paths: {string.Join(", ", Paths)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var pathAndQuery = context.Request.Path + context.Request.QueryString;
        // Kestrel reuses header objects between requests: keep a copy.
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue((_clock.Elapsed, pathAndQuery, headers));
        if (_routes.TryGetValue(pathAndQuery, out var handler) || _routes.TryGetValue(context.Request.Path.Value ?? "/", out handler))
        {
            await handler(context);
            return;
        }

        context.Response.StatusCode = 404;
        await context.Response.WriteAsync("not found");
    }
}
