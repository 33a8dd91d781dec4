using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TosScan.LoopbackWeb;

/// <summary>
/// One Kestrel server listening on many loopback addresses (Linux routes all of 127/8 to lo), one
/// fictional provider per address: robots.txt with a Crawl-delay, a home page whose footer links
/// to its terms and privacy policy, and the two documents. Every request's arrival is recorded
/// per address, on the server's clock, so spacing is checked as a site would see it. A crawl delay
/// of 0 leaves the Crawl-delay line out. <see cref="Revision"/> changes every document's wording,
/// as a provider that updates its terms would.
/// </summary>
public sealed class FictionalProviders : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TimeSpan>> _arrivals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Host, string Path), int> _paths = new();
    private readonly int _crawlDelaySeconds;
    private readonly int _sections;

    private FictionalProviders(WebApplication app, int crawlDelaySeconds, int sections)
    {
        _app = app;
        _crawlDelaySeconds = crawlDelaySeconds;
        _sections = sections;
    }

    public IReadOnlyList<Uri> Homes { get; private set; } = [];

    /// <summary>Bump to make every provider's documents say something new (0 at start).</summary>
    public int Revision { get; set; }

    /// <summary>How many times one path of one provider (its home page's host) was requested.</summary>
    public int RequestsTo(Uri home, string path) => _paths.GetValueOrDefault((home.Host, path));

    /// <summary>Requests answered so far, over all hosts.</summary>
    public int Requests => _arrivals.Values.Sum(a => a.Count);

    /// <summary>A providers list (name,url,terms_url,privacy_url) with each provider's home page only, so discovery runs.</summary>
    public string ProvidersCsv() =>
        "name,url,terms_url,privacy_url\n" + string.Concat(Homes.Select((home, i) => string.Create(CultureInfo.InvariantCulture, $"provider-{i + 1},{home},,\n")));

    /// <param name="count">Providers, one per loopback address.</param>
    /// <param name="crawlDelaySeconds">robots.txt's Crawl-delay; 0 leaves the line out.</param>
    /// <param name="sections">Sections per document (default 40); fewer make analysis cheap when a test times the crawl, not the models.</param>
    public static async Task<FictionalProviders> StartAsync(int count, int crawlDelaySeconds, int sections = 40)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            for (var i = 0; i < count; i++)
            {
                o.Listen(Address(i), 0);
            }
        });
        var app = builder.Build();
        var site = new FictionalProviders(app, crawlDelaySeconds, sections);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        site.Homes = [.. addresses.Select(a => new Uri(a + "/")).OrderBy(u => IPAddress.Parse(u.Host).GetAddressBytes()[3]).ThenBy(u => IPAddress.Parse(u.Host).GetAddressBytes()[2])];
        return site;
    }

    /// <summary>127.0.0.2, 127.0.0.3, ...</summary>
    public static IPAddress Address(int index) => new([127, 0, (byte)((index + 2) / 256), (byte)((index + 2) % 256)]);

    /// <summary>Arrival times per host, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimeSpan>> Arrivals =>
        _arrivals.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TimeSpan>)[.. kv.Value.Order()]);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task HandleAsync(HttpContext context)
    {
        var host = context.Connection.LocalIpAddress!.ToString();
        _arrivals.GetOrAdd(host, _ => new ConcurrentQueue<TimeSpan>()).Enqueue(_clock.Elapsed);
        _paths.AddOrUpdate((host, context.Request.Path.Value ?? "/"), 1, (_, n) => n + 1);
        var name = "Provider " + host.Replace('.', '-');
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Request.Path.Value switch
        {
            "/robots.txt" => Text(context, _crawlDelaySeconds > 0
                ? string.Create(CultureInfo.InvariantCulture, $"User-agent: *\nCrawl-delay: {_crawlDelaySeconds}\nDisallow: /private/\n")
                : "User-agent: *\nDisallow: /private/\n"),
            "/" => context.Response.WriteAsync($"""
                <html><head><title>{name}</title></head><body>
                <header><nav><a href="/">Home</a> <a href="/explore">Explore</a> <a href="/private/settings">Settings</a></nav></header>
                <main><h1>{name}</h1><p>Share short videos with friends and followers around the world.</p></main>
                <footer><a href="/about">About</a> | <a href="/legal/terms-of-service">Terms of Service</a> | <a href="/legal/privacy-policy">Privacy Policy</a> | <a href="/cookies">Cookies</a></footer>
                </body></html>
                """),
            "/legal/terms-of-service" => context.Response.WriteAsync(Document(name, "Terms of Service", "By using the service you agree to these terms. You keep ownership of your content and grant us a worldwide licence to host and display it.")),
            "/legal/privacy-policy" => context.Response.WriteAsync(Document(name, "Privacy Policy", "We collect your profile, your posts and your device identifiers. We keep them while your account is open and delete them within 30 days after.")),
            _ => NotFound(context),
        };
    }

    private static Task Text(HttpContext context, string body)
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(body);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private string Document(string provider, string title, string paragraph) =>
        $"<html><head><title>{title} - {provider}</title></head><body><main><h1>{title}</h1>"
        + (Revision == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"<p>Updated (revision {Revision}): we may share your posts with partners for advertising.</p>"))
        + string.Concat(Enumerable.Range(1, _sections).Select(i => string.Create(CultureInfo.InvariantCulture, $"<h2>Section {i}</h2><p>{paragraph}</p>")))
        + "</main></body></html>";
}
