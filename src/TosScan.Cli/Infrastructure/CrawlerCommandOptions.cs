using System.CommandLine;
using TosScan.Crawling;
using TosScan.Storage;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// The crawler's command-line options (<c>--declarations</c>, <c>--allow-private-addresses</c>,
/// <c>--user-agent</c>, <c>--max-bytes</c>, ...), for any command that crawls. Add <see cref="All"/>
/// to the command and build the options with <see cref="Read"/>; an out-of-range value becomes a
/// one-line usage error naming the flag.
/// </summary>
internal sealed class CrawlerCommandOptions
{
    public Option<string?> Declarations { get; } = new("--declarations")
    {
        Description = "Folder of Open Terms Archive declarations (*.json) whose fetch/select/remove rules apply to matching providers.",
    };

    public Option<bool> AllowPrivateAddresses { get; } = new("--allow-private-addresses")
    {
        Description = "Allow loopback, private and link-local addresses (refused by default; for tests and intranets).",
    };

    public Option<string> UserAgent { get; } = new("--user-agent")
    {
        Description = "User-Agent sent with every request; name the bot and a contact URL.",
        DefaultValueFactory = _ => CrawlerOptions.DefaultUserAgent,
    };

    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Largest document read, in bytes (default 10 MB).",
        DefaultValueFactory = _ => new CrawlerOptions().MaxBytes,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one request may take (default 30).",
        DefaultValueFactory = _ => 30,
    };

    public Option<double> PerHostDelay { get; } = new("--per-host-delay")
    {
        Description = "Seconds between two requests to one host (default 1; robots.txt Crawl-delay can raise it).",
        DefaultValueFactory = _ => 1,
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = "Requests in flight at once over all hosts (default 8).",
        DefaultValueFactory = _ => 8,
    };

    public Option<int> MaxRedirects { get; } = new("--max-redirects")
    {
        Description = "Redirects followed per document (default 10).",
        DefaultValueFactory = _ => 10,
    };

    public Option<int> Retries { get; } = new("--retries")
    {
        Description = "Retries after 5xx, 408, 429, network errors and timeouts (default 3).",
        DefaultValueFactory = _ => 3,
    };

    public Option<bool> NoRender { get; } = new("--no-render")
    {
        Description = "Never start the headless browser for script-built pages.",
    };

    public IReadOnlyList<Option> All => [Declarations, AllowPrivateAddresses, UserAgent, MaxBytes, Timeout, PerHostDelay, Concurrency, MaxRedirects, Retries, NoRender];

    /// <summary>The crawler options the user asked for, validated; bad values throw <see cref="UsageException"/>.</summary>
    public CrawlerOptions Read(ParseResult parse, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new CrawlerOptions
        {
            DeclarationsDirectory = parse.GetValue(Declarations) is { } dir ? environment.ResolvePath(dir) : null,
            AllowPrivateAddresses = parse.GetValue(AllowPrivateAddresses),
            UserAgent = parse.GetValue(UserAgent)!,
            MaxBytes = parse.GetValue(MaxBytes),
            RequestTimeout = Seconds(parse.GetValue(Timeout), "--timeout"),
            PerHostSpacing = Seconds(parse.GetValue(PerHostDelay), "--per-host-delay"),
            MaxConcurrency = parse.GetValue(Concurrency),
            MaxRedirects = parse.GetValue(MaxRedirects),
            MaxRetries = parse.GetValue(Retries),
            RenderScripts = !parse.GetValue(NoRender),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }

        return options;
    }

    /// <summary>
    /// Builds the crawler; a malformed declaration file becomes a usage error naming it. Pass a
    /// real clock: the crawler waits on it between requests to a host.
    /// </summary>
    public static Crawler CreateCrawler(CrawlerOptions options, TimeProvider time, IFetchHistory? store)
    {
        try
        {
            return Crawler.Create(options, time, store);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    private static TimeSpan Seconds(double value, string flag) =>
        double.IsFinite(value) && value >= 0 && value <= 86_400
            ? TimeSpan.FromSeconds(value)
            : throw new UsageException($"{flag} must be a number of seconds between 0 and 86400");
}
