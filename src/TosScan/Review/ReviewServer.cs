using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TosScan.Storage;

namespace TosScan.Review;

/// <summary>
/// The local review screen: a small Kestrel server on 127.0.0.1 (never any other address) where
/// policy staff confirm, reject, relabel or add flags, with notes. Decisions go to
/// <see cref="IReviewStore"/> keyed by <see cref="ClauseKeys"/>, so they survive re-scans.
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the screen is served, e.g. <c>http://127.0.0.1:5178/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Validates <paramref name="options"/>, binds 127.0.0.1:<see cref="ReviewServerOptions.Port"/> and starts serving.</summary>
    /// <param name="scans">Where the current versions and their analysis JSON are read from.</param>
    /// <param name="reviews">Where decisions are read and saved.</param>
    /// <param name="options">Port and default reviewer name.</param>
    /// <param name="time">The clock decisions are stamped with.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<ReviewServer> StartAsync(IScanStore scans, IReviewStore reviews, ReviewServerOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scans);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();

        // The empty builder reads no appsettings.json and no ASPNETCORE_* variables, so nothing
        // outside this method can add an endpoint on another address.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;

            // IPAddress.Loopback is 127.0.0.1 only: not ::1, not 0.0.0.0.
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        var guard = new RequestGuard(RequestGuard.NewSecret(32));
        var page = new ReviewPages.PageContext(guard.Token, RequestGuard.NewSecret(16), options.Reviewer);
        app.Use((context, next) => guard.InvokeAsync(context, next));
        app.Use((context, next) =>
        {
            // Only our own inline script may run, so even markup that slipped through escaping could not execute.
            context.Response.Headers.ContentSecurityPolicy =
                $"default-src 'none'; script-src 'nonce-{page.ScriptNonce}'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
            return next(context);
        });
        new ReviewEndpoints(new ReviewCatalog(scans), reviews, options, time, page, Queue.ModelTraining.Read(options.ModelsDirectory)).Map(app);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        guard.Allow(port);
        return new ReviewServer(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> fires (Ctrl+C in the CLI), then stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
