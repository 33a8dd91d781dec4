using PuppeteerSharp;

namespace TosScan.Tests.Review;

/// <summary>
/// Launches Debian's Chromium through PuppeteerSharp. Never downloads a browser: when
/// /usr/bin/chromium is missing the test fails and says how to install it.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} not found; install it with 'apt-get update && apt-get install -y chromium'.");
        }

        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }
}
