using System.CommandLine;
using Microsoft.Extensions.Time.Testing;
using TosScan.Cli.Infrastructure;
using TosScan.Crawling;

namespace TosScan.Tests.Cli;

public sealed class CrawlerCommandOptionsTests
{
    private static (CrawlerCommandOptions Options, ParseResult Parse) Parse(params string[] args)
    {
        var options = new CrawlerCommandOptions();
        var command = new RootCommand();
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        return (options, command.Parse(args));
    }

    private static CliEnvironment Environment() =>
        new(TextWriter.Null, TextWriter.Null, TextReader.Null, new FakeTimeProvider(), "/work/here", false);

    [Fact]
    public void Defaults_give_the_polite_crawler()
    {
        var (options, parse) = Parse();

        var crawler = options.Read(parse, Environment());

        Assert.Equal(CrawlerOptions.DefaultUserAgent, crawler.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(1), crawler.PerHostSpacing);
        Assert.False(crawler.AllowPrivateAddresses);
        Assert.True(crawler.RenderScripts);
        Assert.Null(crawler.DeclarationsDirectory);
    }

    [Fact]
    public void Flags_are_mapped()
    {
        var (options, parse) = Parse("--allow-private-addresses", "--per-host-delay", "0.2", "--max-bytes", "2048", "--user-agent", "Bot/1 (+https://x.test)", "--no-render", "--retries", "0");

        var crawler = options.Read(parse, Environment());

        Assert.True(crawler.AllowPrivateAddresses);
        Assert.Equal(TimeSpan.FromMilliseconds(200), crawler.PerHostSpacing);
        Assert.Equal(2048, crawler.MaxBytes);
        Assert.Equal("Bot/1 (+https://x.test)", crawler.UserAgent);
        Assert.False(crawler.RenderScripts);
        Assert.Equal(0, crawler.MaxRetries);
    }

    [Fact]
    public void An_out_of_range_value_is_a_usage_error_naming_the_flag()
    {
        var (options, parse) = Parse("--max-bytes", "12");

        var error = Assert.Throws<UsageException>(() => options.Read(parse, Environment()));

        Assert.Contains("--max-bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_declaration_is_a_usage_error_naming_the_file()
    {
        using var folder = new TosScan.Tests.Storage.TempFolder();
        await File.WriteAllTextAsync(folder.File("bad.json"), "{ not json");
        var (options, parse) = Parse("--declarations", folder.Path);

        var error = Assert.Throws<UsageException>(() => CrawlerCommandOptions.CreateCrawler(options.Read(parse, Environment()), TimeProvider.System, null));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }
}
