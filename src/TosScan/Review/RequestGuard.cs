using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace TosScan.Review;

/// <summary>
/// The checks every request passes before it reaches a page or the decision API.
/// The Host header must name this server (127.0.0.1:PORT or localhost:PORT), which defeats DNS
/// rebinding: a hostile web page that points its own host name at 127.0.0.1 still sends its own
/// name as Host. Every change (POST) must carry the per-process token the page embeds, which a
/// page from another origin cannot read, and an Origin, when the browser sends one, must be ours.
/// </summary>
internal sealed class RequestGuard
{
    public const string TokenHeader = "X-Review-Token";

    private readonly byte[] _token;
    // Written once after Kestrel reports its port, read by every request thread.
    private volatile string[] _allowedHosts = [];

    public RequestGuard(string token)
    {
        Token = token;
        _token = Encoding.UTF8.GetBytes(token);
    }

    /// <summary>The anti-forgery token pages embed and POSTs must send back.</summary>
    public string Token { get; }

    /// <summary>Called once the port is known; until then every request is refused.</summary>
    public void Allow(int port) => _allowedHosts =
    [
        string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"),
        string.Create(CultureInfo.InvariantCulture, $"localhost:{port}"),
    ];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Headers.Host.ToString();
        if (!_allowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "unexpected Host header; open the address tosscan review printed").ConfigureAwait(false);
            return;
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            var origin = context.Request.Headers.Origin.ToString();
            if (origin.Length > 0 && !_allowedHosts.Any(h => string.Equals(origin, "http://" + h, StringComparison.OrdinalIgnoreCase)))
            {
                await RejectAsync(context, StatusCodes.Status403Forbidden, "request from another site refused").ConfigureAwait(false);
                return;
            }

            if (!HasToken(context.Request))
            {
                await RejectAsync(context, StatusCodes.Status403Forbidden, "missing or wrong anti-forgery token; reload the page").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private bool HasToken(HttpRequest request)
    {
        var sent = request.Headers[TokenHeader].ToString();
        return sent.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _token);
    }

    internal static Task RejectAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorResponse(message));
    }

    internal static string NewSecret(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The body of every error the server returns.</summary>
internal sealed record ErrorResponse(string Error);
