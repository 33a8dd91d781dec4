using System.Net;
using TosScan.Crawling.Safety;

namespace TosScan.Crawling.Http;

/// <summary>
/// Builds the one <see cref="HttpClient"/> a crawler uses. Redirects are not followed by the
/// handler (the crawler follows them itself to re-check robots.txt, safety and politeness on every
/// hop); timeouts come from Polly, so the client's own timeout is off.
/// </summary>
internal static class CrawlerHttpClient
{
    public static HttpClient Create(CrawlerOptions options)
    {
        var connector = new SafeConnector(options.AllowPrivateAddresses);
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = connector.ConnectAsync,
        };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        return client;
    }
}
