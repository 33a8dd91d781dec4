using TosScan.Tests.Crawling;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary><c>tosscan analyze &lt;url&gt;</c> through the crawler, against a real server on 127.0.0.1.</summary>
public sealed class AnalyzeUrlTests
{
    private const string Policy = "<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>We keep your messages until you delete your account. We never sell your personal data.</p></body></html>";

    [Fact]
    public async Task Analyze_fetches_a_url_politely_when_private_addresses_are_allowed()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Policy);
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "analyze", site.Url("/privacy").AbsoluteUri, "--allow-private-addresses", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("We never sell your personal data.", run.Out, StringComparison.Ordinal);
        Assert.Equal(["/robots.txt", "/privacy"], site.Paths);
        site.AssertSpacing(TimeSpan.FromSeconds(1)); // the default per-host spacing
    }

    [Fact]
    public async Task Analyze_refuses_a_loopback_url_by_default()
    {
        await using var site = await TestSite.StartAsync();
        site.Html("/privacy", Policy);
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, null, TimeProvider.System, "analyze", site.Url("/privacy").AbsoluteUri);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--allow-private-addresses", run.Error, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }
}
