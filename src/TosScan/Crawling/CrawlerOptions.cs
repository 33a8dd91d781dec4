using System.Globalization;

namespace TosScan.Crawling;

/// <summary>
/// How the crawler behaves. Every default is the polite, safe choice for crawling real sites;
/// tests and benchmarks shorten the waits. <see cref="Validate"/> runs once when the crawler is
/// created and names the option (and its command-line flag) that is out of range.
/// </summary>
public sealed class CrawlerOptions
{
    public const string DefaultUserAgent = "TosScanBot/0.1 (+https://github.com/tosscan/tosscan)";

    /// <summary>User-Agent sent with every request; should name the bot and a contact URL. Default <see cref="DefaultUserAgent"/>.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Largest body read, in bytes; reading stops past it. Default 10 MB; range 1 KB to 1 GB.</summary>
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Time limit of one request attempt (headers and body). Default 30 s; range 100 ms to 10 min.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Minimum time between two requests to the same host. Default 1 s; range 0 to 10 min.</summary>
    public TimeSpan PerHostSpacing { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest robots.txt Crawl-delay honoured; longer delays are cut to this. Default 60 s; range 0 to 1 h.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests in flight at once, over all hosts. Default 8; range 1 to 1024.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Redirects followed for one document. Default 10; range 0 to 50.</summary>
    public int MaxRedirects { get; set; } = 10;

    /// <summary>Retries after a transient failure (5xx, 408, 429, network error, timeout). Default 3; range 0 to 10.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubles each retry, with jitter. Default 1 s; range 1 ms to 1 min.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After waited for; a server asking for more is recorded as failed. Default 120 s; range 0 to 1 h.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Share of failed attempts to a host that opens its circuit. Default 0.5; range (0, 1].</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to a host seen before its circuit may open. Default 6; range 2 to 1000.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 6;

    /// <summary>Window over which failures are counted. Default 60 s; range 1 s to 1 h.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses requests to its host. Default 30 s; range 1 s to 1 h.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Allow private, loopback and link-local addresses (tests and intranets). Default false.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Folder of Open Terms Archive declarations (*.json); none when null.</summary>
    public string? DeclarationsDirectory { get; set; }

    /// <summary>Render pages with headless Chromium when a declaration asks for it or a page has almost no text. Default true.</summary>
    public bool RenderScripts { get; set; } = true;

    /// <summary>The Chromium executable driven for rendering. Default /usr/bin/chromium (Debian's package).</summary>
    public string BrowserPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Time limit for rendering one page. Default 45 s; range 1 s to 10 min.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>An HTML page with scripts and fewer visible characters than this is rendered. Default 200; range 0 to 100000.</summary>
    public int MinTextChars { get; set; } = 200;

    /// <summary>Probe well-known paths (/terms, /privacy, ...) when the home page has no matching link. Default true.</summary>
    public bool ProbeWellKnownPaths { get; set; } = true;

    /// <summary>Read sitemap.xml (and robots.txt Sitemap lines) when links and paths found nothing. Default true.</summary>
    public bool ReadSitemaps { get; set; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(UserAgent) || UserAgent.Any(char.IsControl))
        {
            throw new ArgumentException("CrawlerOptions.UserAgent (--user-agent) must be a non-empty single line, e.g. \"" + DefaultUserAgent + "\".", nameof(UserAgent));
        }

        Range(nameof(MaxBytes), "--max-bytes", MaxBytes, 1024, 1L << 30);
        Range(nameof(RequestTimeout), "--timeout", RequestTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10));
        Range(nameof(PerHostSpacing), "--per-host-delay", PerHostSpacing, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Range(nameof(MaxCrawlDelay), "--max-crawl-delay", MaxCrawlDelay, TimeSpan.Zero, TimeSpan.FromHours(1));
        Range(nameof(MaxConcurrency), "--concurrency", MaxConcurrency, 1, 1024);
        Range(nameof(MaxRedirects), "--max-redirects", MaxRedirects, 0, 50);
        Range(nameof(MaxRetries), "--retries", MaxRetries, 0, 10);
        Range(nameof(RetryBaseDelay), "--retry-delay", RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        Range(nameof(MaxRetryAfter), "--max-retry-after", MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1));
        if (!(CircuitBreakerFailureRatio > 0 && CircuitBreakerFailureRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(CircuitBreakerFailureRatio), CircuitBreakerFailureRatio, "CrawlerOptions.CircuitBreakerFailureRatio must be above 0 and at most 1.");
        }

        Range(nameof(CircuitBreakerMinimumThroughput), "(none)", CircuitBreakerMinimumThroughput, 2, 1000);
        Range(nameof(CircuitBreakerSamplingDuration), "(none)", CircuitBreakerSamplingDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(nameof(CircuitBreakerBreakDuration), "(none)", CircuitBreakerBreakDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(nameof(RenderTimeout), "--render-timeout", RenderTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Range(nameof(MinTextChars), "(none)", MinTextChars, 0, 100_000);
        if (RenderScripts && string.IsNullOrWhiteSpace(BrowserPath))
        {
            throw new ArgumentException("CrawlerOptions.BrowserPath must name the Chromium executable (default /usr/bin/chromium) when RenderScripts is on.", nameof(BrowserPath));
        }

        if (DeclarationsDirectory is not null && !Directory.Exists(DeclarationsDirectory))
        {
            throw new ArgumentException($"CrawlerOptions.DeclarationsDirectory (--declarations): folder '{DeclarationsDirectory}' does not exist; give a folder of Open Terms Archive declarations (*.json).", nameof(DeclarationsDirectory));
        }
    }

    private static void Range(string name, string flag, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"CrawlerOptions.{name} {Flag(flag)}must be between {min} and {max}; got {value}."));
        }
    }

    private static void Range(string name, string flag, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"CrawlerOptions.{name} {Flag(flag)}must be between {min.TotalSeconds} s and {max.TotalSeconds} s; got {value.TotalSeconds} s."));
        }
    }

    private static string Flag(string flag) => flag == "(none)" ? string.Empty : $"({flag}) ";
}
