using System.Net;
using PuppeteerSharp;
using TosScan.Crawling.Http;

namespace TosScan.Crawling.Rendering;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (PuppeteerSharp, no node process), using
/// the system's browser, never a download. The browser makes no
/// connection of its own: every request the page makes is intercepted — the page itself answered
/// from the bytes already fetched, scripts and data through the crawler's polite loader (address
/// policy, robots.txt, spacing), everything else aborted. What interception cannot see
/// (WebSockets, preconnects, popups, workers, WebRTC) meets the browser's only proxy, a
/// <see cref="RefusingProxy"/>, loopback included (so a page cannot reach the browser's own
/// DevTools port either); WebRTC may not send UDP outside a proxy, so it sends none.
/// </summary>
internal sealed class ChromiumRenderer(CrawlerOptions options) : IPageRenderer
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        // Chromium sends loopback around a proxy unless told not to; a page must not reach it either.
        "--proxy-bypass-list=<-loopback>",
        // STUN and TURN over UDP cannot go through an HTTP proxy: with this policy WebRTC sends none.
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--disable-quic",
    ];

    private static readonly HashSet<ResourceType> LoadedTypes = [ResourceType.Document, ResourceType.Script, ResourceType.Xhr, ResourceType.Fetch];

    private readonly SemaphoreSlim _startLock = new(1, 1);

    // Rendering is heavy; a couple of pages at once is enough for a crawl paced at one request per second per host.
    private readonly SemaphoreSlim _pages = new(2, 2);
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
            var context = await browser.CreateBrowserContextAsync().ConfigureAwait(false);
            try
            {
                using var cancel = cancellationToken.Register(() => _ = context.CloseAsync());
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.SetUserAgentAsync(options.UserAgent).ConfigureAwait(false);
                await page.SetBypassServiceWorkerAsync(true).ConfigureAwait(false);
                await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
                var mainServed = 0;
                page.Request += (_, e) => _ = HandleAsync(e.Request, request, () => Interlocked.Exchange(ref mainServed, 1) == 0, cancellationToken);
                var timeout = (int)options.RenderTimeout.TotalMilliseconds;
                await page.GoToAsync(request.Url.AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = timeout }).ConfigureAwait(false);
                try
                {
                    await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 500, Timeout = timeout / 2 }).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Pages that poll never go idle; what they show by now is what we keep.
                }

                cancellationToken.ThrowIfCancellationRequested();
                return await page.GetContentAsync().ConfigureAwait(false);
            }
            finally
            {
                if (!context.IsClosed)
                {
                    await context.CloseAsync().ConfigureAwait(false);
                }
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

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync().ConfigureAwait(false);
        }

        _startLock.Dispose();
        _pages.Dispose();
    }

    private static async Task HandleAsync(IRequest r, RenderRequest request, Func<bool> isFirstNavigation, CancellationToken cancellationToken)
    {
        try
        {
            if (r.IsNavigationRequest && r.Frame?.ParentFrame is null && isFirstNavigation())
            {
                await r.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = request.ContentType ?? "text/html", BodyData = request.Html }).ConfigureAwait(false);
                return;
            }

            if (!LoadedTypes.Contains(r.ResourceType) || r.Method != HttpMethod.Get || !Uri.TryCreate(r.Url, UriKind.Absolute, out var url))
            {
                await r.AbortAsync(RequestAbortErrorCode.BlockedByClient).ConfigureAwait(false);
                return;
            }

            var response = await request.LoadSubresource(url, cancellationToken).ConfigureAwait(false);
            if (response is null)
            {
                await r.AbortAsync(RequestAbortErrorCode.BlockedByClient).ConfigureAwait(false);
                return;
            }

            await r.RespondAsync(new ResponseData
            {
                Status = (HttpStatusCode)response.StatusCode,
                ContentType = response.MediaType is null ? null : response.Charset is null ? response.MediaType : $"{response.MediaType}; charset={response.Charset}",
                BodyData = response.Body,
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PuppeteerException or OperationCanceledException)
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

                _proxy ??= RefusingProxy.Start();
                _browser = await Puppeteer.LaunchAsync(new LaunchOptions
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
