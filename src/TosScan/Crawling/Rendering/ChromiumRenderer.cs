using Microsoft.Playwright;
using TosScan.Crawling.Http;

namespace TosScan.Crawling.Rendering;

/// <summary>
/// Headless Chromium driven by Playwright, using the system's browser (ExecutablePath, never a
/// download). The browser makes no connection of its own: every request the page makes is routed
/// — the page itself from the bytes already fetched, scripts and data through the crawler's
/// polite loader (address policy, robots.txt, spacing), everything else aborted. What routing
/// cannot see (WebSockets, preconnects, popups, workers, WebRTC) meets the browser's only proxy,
/// a <see cref="RefusingProxy"/>, loopback included; WebRTC may not send UDP outside a proxy, so
/// it sends none.
/// </summary>
internal sealed class ChromiumRenderer(CrawlerOptions options) : IPageRenderer
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--headless",
        // Chromium sends loopback around a proxy unless told not to; a page must not reach it either.
        "--proxy-bypass-list=<-loopback>",
        // STUN and TURN over UDP cannot go through an HTTP proxy: with this policy WebRTC sends none.
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--disable-quic",
    ];

    private static readonly HashSet<string> LoadedTypes = new(StringComparer.Ordinal) { "document", "script", "xhr", "fetch" };

    private readonly SemaphoreSlim _startLock = new(1, 1);

    // Rendering is heavy; a couple of pages at once is enough for a crawl paced at one request per second per host.
    private readonly SemaphoreSlim _pages = new(2, 2);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private RefusingProxy? _proxy;

    public bool IsAvailable => File.Exists(options.BrowserPath);

    public async Task<string> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var browser = await StartAsync(cancellationToken).ConfigureAwait(false);
        await _pages.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                UserAgent = options.UserAgent,
                ServiceWorkers = ServiceWorkerPolicy.Block,
            }).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                using var cancel = cancellationToken.Register(() => _ = context.CloseAsync());
                var page = await context.NewPageAsync().ConfigureAwait(false);
                var mainServed = 0;
                await page.RouteAsync("**/*", route => HandleAsync(route, request, () => Interlocked.Exchange(ref mainServed, 1) == 0, cancellationToken)).ConfigureAwait(false);
                var timeout = (float)options.RenderTimeout.TotalMilliseconds;
                await page.GotoAsync(request.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);
                try
                {
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = timeout / 2 }).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Pages that poll never go idle; what they show by now is what we keep.
                }

                cancellationToken.ThrowIfCancellationRequested();
                return await page.ContentAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _pages.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync().ConfigureAwait(false);
        }

        _playwright?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync().ConfigureAwait(false);
        }

        _startLock.Dispose();
        _pages.Dispose();
    }

    private static async Task HandleAsync(IRoute route, RenderRequest request, Func<bool> isFirstNavigation, CancellationToken cancellationToken)
    {
        var r = route.Request;
        try
        {
            if (r.IsNavigationRequest && r.Frame.ParentFrame is null && isFirstNavigation())
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = request.ContentType ?? "text/html", BodyBytes = request.Html }).ConfigureAwait(false);
                return;
            }

            if (!LoadedTypes.Contains(r.ResourceType) || r.Method != "GET" || !Uri.TryCreate(r.Url, UriKind.Absolute, out var url))
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            var response = await request.LoadSubresource(url, cancellationToken).ConfigureAwait(false);
            if (response is null)
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = response.StatusCode,
                ContentType = response.MediaType is null ? null : response.Charset is null ? response.MediaType : $"{response.MediaType}; charset={response.Charset}",
                BodyBytes = response.Body,
            }).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page or context closed while this request was pending.
        }
    }

    private async Task<IBrowser> StartAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true })
        {
            return _browser;
        }

        await _startLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A browser that crashed or was killed mid-scan is started again, once per need.
            if (_browser is { IsConnected: false })
            {
                await _browser.DisposeAsync().ConfigureAwait(false);
                _browser = null;
            }

            if (_browser is null)
            {
                if (!IsAvailable)
                {
                    throw new InvalidOperationException($"no browser at {options.BrowserPath}; install Debian's chromium (apt-get install -y chromium) or set the browser path");
                }

                _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
                _proxy ??= RefusingProxy.Start();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = options.BrowserPath,
                    Headless = true,
                    Args = [.. LaunchArgs, $"--proxy-server={_proxy.Address}"],
                }).ConfigureAwait(false);
            }

            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }
}
