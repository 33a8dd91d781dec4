using System.Collections.Concurrent;
using System.Net;
using System.Text;
using TosScan.Crawling;
using TosScan.Crawling.Http;
using TosScan.Crawling.Rendering;
using TosScan.Documents;

namespace TosScan.Tests.Crawling;

/// <summary>
/// A page that tries every way a browser connects by itself: WebSockets, frames, popups,
/// preconnect, beacons, WebRTC (STUN over UDP, TURN over TCP and UDP), WebTransport. Canary
/// listeners on loopback prove that nothing the page chose was reached; every request the page
/// makes must come to the crawler instead, which applies its address policy and robots.txt.
/// </summary>
public sealed class HostilePageTests
{
    private static readonly Uri PageUrl = new("http://hostile.test/privacy");

    [Fact]
    public async Task Nothing_the_page_chooses_is_reached_except_through_the_crawler()
    {
        RequireChromium();
        await using var tcp = TcpCanary.Start();
        await using var udp = UdpCanary.Start();
        var asked = new ConcurrentQueue<Uri>();
        await using var renderer = new ChromiumRenderer(CrawlerFixture.Options(o => { o.RenderScripts = true; o.AllowPrivateAddresses = false; }));

        // The page itself is handed over (it was fetched politely already); its one legitimate
        // script is served late, so the page keeps trying for two seconds before it is read.
        var html = await renderer.RenderAsync(
            new RenderRequest(PageUrl, Encoding.UTF8.GetBytes(HostilePage(tcp.Port, udp.Port)), "text/html", async (url, ct) =>
            {
                asked.Enqueue(url);
                if (url.AbsolutePath == "/slow.js")
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                    return Script(url, "document.getElementById('done').textContent = 'slow script ran';");
                }

                return null; // refused, as the crawler refuses loopback
            }),
            CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // let late connections land

        Assert.Contains("slow script ran", html, StringComparison.Ordinal);
        Assert.Contains("tried: ws,ws-name,wss,fetch,beacon,eventsource,popup,rtc,", html, StringComparison.Ordinal);
        Assert.True(tcp.Connections.Count == 0, $"the page reached the TCP canary: {string.Join(" | ", tcp.Connections.Select(c => c.FirstBytes.Split('\r')[0]))}");
        Assert.True(udp.Datagrams.Count == 0, $"the page sent {udp.Datagrams.Count} datagrams to the UDP canary, of {string.Join(", ", udp.Datagrams)} bytes");
        // What the page asked for over HTTP came to the crawler, which decides.
        Assert.Contains(asked, u => u.Port == tcp.Port && u.AbsolutePath == "/fetch");
        Assert.Contains(asked, u => u.Port == tcp.Port && u.AbsolutePath == "/frame");
    }

    [Fact]
    public async Task Paths_robots_txt_disallows_are_not_reached_by_the_browser()
    {
        RequireChromium();
        await using var site = await TestSite.StartAsync();
        var port = site.BaseUri.Port;
        site.Robots("User-agent: *\nDisallow: /private\n")
            .Html("/privacy", $$"""
                <html><head><title>Privacy</title><link rel="prefetch" href="/private/prefetch"></head><body><div id="root">Loading…</div>
                <iframe src="/private/frame"></iframe>
                <script>
                  try { new WebSocket('ws://127.0.0.1:{{port}}/private/ws'); } catch (e) {}
                  try { new WebSocket('ws://localhost:{{port}}/private/ws2'); } catch (e) {}
                  try { new EventSource('/private/events'); } catch (e) {}
                  try { new SharedWorker('/private/shared-worker.js'); } catch (e) {}
                  try { new Worker('/private/worker.js'); } catch (e) {}
                  window.open('/private/popup');
                  window.open('http://localhost:{{port}}/private/popup2');
                  fetch('/private/data').catch(() => {});
                </script>
                <script src="/app.js"></script></body></html>
                """)
            .Text("/app.js", "application/javascript", "document.getElementById('root').innerHTML = '<h1>Privacy Policy</h1><p>We keep your messages until you delete your account, and backups for thirty days after that. We do not sell your personal data.</p>';");
        // The refused event stream keeps reconnecting, so the page never goes idle: a short render limit.
        await using var crawler = CrawlerFixture.Create(o => { o.RenderScripts = true; o.RenderTimeout = TimeSpan.FromSeconds(8); });
        var target = new DocumentTarget("Example", DocumentType.PrivacyPolicy, site.Url("/privacy"), FoundBy.Declaration) { ExecuteClientScripts = true };

        var outcome = await crawler.Fetcher.FetchAsync(target, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Equal(FetchStatus.Found, outcome.Record.Status);
        Assert.Contains("<h1>Privacy Policy</h1>", Encoding.UTF8.GetString(outcome.Content!.Bytes.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("/private", StringComparison.Ordinal));
        Assert.Equal(["/robots.txt", "/privacy", "/app.js"], site.Paths);
    }

    private static void RequireChromium()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.Fail("SKIPPED: /usr/bin/chromium is absent; install it with 'apt-get install -y chromium' (scripts/test.sh does) to run the browser's safety tests.");
        }
    }

    private static HttpResponseData Script(Uri url, string body) =>
        new(url, 200, [], Encoding.UTF8.GetBytes(body), "application/javascript", null);

    private static string HostilePage(int tcp, int udp) => $$"""
        <html><head><title>Privacy</title>
        <link rel="preconnect" href="http://127.0.0.1:{{tcp}}">
        <link rel="prefetch" href="http://127.0.0.1:{{tcp}}/prefetch">
        <link rel="stylesheet" href="http://127.0.0.1:{{tcp}}/style.css">
        </head><body>
        <h1>Privacy Policy</h1><p>We keep your messages until you delete your account.</p>
        <p id="tries"></p><p id="done"></p>
        <iframe src="http://127.0.0.1:{{tcp}}/frame"></iframe>
        <iframe src="http://localhost:{{tcp}}/frame2" sandbox="allow-scripts"></iframe>
        <img src="http://127.0.0.1:{{tcp}}/img.png">
        <a ping="http://127.0.0.1:{{tcp}}/ping" href="#x" id="a">x</a>
        <script>
          const tries = [];
          function attempt(name, f) { try { f(); tries.push(name); } catch (e) { tries.push(name + ':' + e.name); } }
          attempt('ws', () => new WebSocket('ws://127.0.0.1:{{tcp}}/ws'));
          attempt('ws-name', () => new WebSocket('ws://localhost:{{tcp}}/ws'));
          attempt('wss', () => new WebSocket('wss://127.0.0.1:{{tcp}}/ws'));
          attempt('fetch', () => fetch('http://127.0.0.1:{{tcp}}/fetch', { mode: 'no-cors' }).catch(() => {}));
          attempt('beacon', () => navigator.sendBeacon('http://127.0.0.1:{{tcp}}/beacon', 'x'));
          attempt('eventsource', () => new EventSource('http://127.0.0.1:{{tcp}}/events'));
          attempt('popup', () => window.open('http://127.0.0.1:{{tcp}}/popup'));
          attempt('rtc', () => {
            const pc = new RTCPeerConnection({ iceServers: [
              { urls: 'stun:127.0.0.1:{{udp}}' },
              { urls: 'turn:127.0.0.1:{{tcp}}?transport=tcp', username: 'u', credential: 'p' },
              { urls: 'turn:127.0.0.1:{{udp}}?transport=udp', username: 'u', credential: 'p' } ] });
            pc.createDataChannel('x');
            pc.createOffer().then(o => pc.setLocalDescription(o));
            window.keep = pc;
          });
          attempt('webtransport', () => new WebTransport('https://127.0.0.1:{{udp}}/wt').ready.catch(() => {}));
          attempt('click', () => document.getElementById('a').click());
          document.getElementById('tries').textContent = 'tried: ' + tries.join(',') + ',';
        </script>
        <script src="/slow.js"></script>
        </body></html>
        """;
}
