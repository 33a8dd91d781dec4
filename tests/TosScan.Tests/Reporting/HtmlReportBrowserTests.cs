using PuppeteerSharp;
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

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.SetBypassCSPAsync(true);
        await page.SetJavaScriptEnabledAsync(true);
        var dialogs = new List<string>();
        page.Dialog += (_, e) =>
        {
            dialogs.Add(e.Dialog.Message);
            _ = e.Dialog.Dismiss();
        };
        var requests = new List<string>();
        page.Request += (_, e) => requests.Add(e.Request.Url);

        await page.GoToAsync(new Uri(Path.Combine(output, ReportFiles.Html)).AbsoluteUri, WaitUntilNavigation.Load);
        await Task.Delay(300);

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.scripts.length"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.images.length"));
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));

        var body = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Contains("<script>alert('pwned')</script>", body, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", body, StringComparison.Ordinal);
        Assert.Equal("perpetual, irrevocable licence", await page.EvaluateExpressionAsync<string>("document.querySelector('mark').innerText"));
        Assert.Equal(2, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('figure svg').length"));
    }
}
