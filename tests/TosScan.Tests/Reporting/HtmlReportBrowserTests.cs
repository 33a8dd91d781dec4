using Microsoft.Playwright;
using TosScan.Reporting.Reports;
using static TosScan.Tests.Reporting.ReportScenario;

namespace TosScan.Tests.Reporting;

/// <summary>
/// The HTML report opened in headless Chromium (Debian's, never a downloaded one). The page's
/// Content-Security-Policy is bypassed on purpose, so only the escaping stands between the
/// hostile policy text and the browser.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Hostile_policy_text_does_not_run_in_a_browser_even_without_the_csp()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing; install it with 'apt-get install -y chromium'.");
        await using var scenario = await CreateAsync();
        var output = scenario.Folder.File("out");
        await new ReportWriter(scenario.Store, scenario.Store, scenario.Time).WriteAsync(new ReportOptions { OutputDirectory = output }, default);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(Path.Combine(output, ReportFiles.Html)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(300);

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.EvaluateAsync<int>("document.scripts.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.images.length"));
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));

        var body = await page.Locator("body").InnerTextAsync();
        Assert.Contains("<script>alert('pwned')</script>", body, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", body, StringComparison.Ordinal);
        Assert.Equal("perpetual, irrevocable licence", await page.Locator("mark").First.InnerTextAsync());
        Assert.Equal(2, await page.Locator("figure svg").CountAsync());
    }
}
