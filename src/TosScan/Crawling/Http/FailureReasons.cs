using System.Globalization;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TosScan.Crawling.Resilience;
using TosScan.Crawling.Safety;

namespace TosScan.Crawling.Http;

/// <summary>Short, actionable reasons for fetch records, in one place so they read the same everywhere.</summary>
internal static class FailureReasons
{
    public const string DisallowedByRobots = "disallowed by robots.txt";

    public static string Oversize(long maxBytes) => string.Create(CultureInfo.InvariantCulture, $"larger than {Size(maxBytes)} limit; raise --max-bytes");

    public static string Describe(Exception exception, Uri url, CrawlerOptions options) => exception switch
    {
        BrokenCircuitException or IsolatedCircuitException => $"circuit open for {url.IdnHost} after repeated failures; its requests are paused",
        TimeoutRejectedException => string.Create(CultureInfo.InvariantCulture, $"timed out after {options.RequestTimeout.TotalSeconds} s; raise --timeout"),
        _ when HostPipelines.IsRefusal(exception) => Refusal(exception),
        HttpRequestException http => $"network error: {Innermost(http)}",
        IOException io => $"connection dropped: {io.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static string Refusal(Exception exception)
    {
        for (Exception? x = exception; x is not null; x = x.InnerException)
        {
            if (x is AddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        return exception.Message;
    }

    private static string Innermost(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? x = exception; x is not null; x = x.InnerException)
        {
            messages.Add(x.Message.TrimEnd('.'));
        }

        return string.Join(": ", messages.Distinct());
    }

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KB"
        : $"{bytes} bytes";
}
