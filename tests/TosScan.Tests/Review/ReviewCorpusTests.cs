using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using TosScan.Review;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Cli;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Review;

/// <summary>The review screen over what a real scan of the bundled corpus stored (real extractor, segmenter and classifier).</summary>
public sealed partial class ReviewCorpusTests
{
    [Fact]
    public async Task Every_scanned_provider_has_a_page_with_its_flagged_clauses_and_their_evidence_marked()
    {
        using var folder = new TempFolder();
        var db = folder.File("corpus.db");
        var scan = await CliHarness.RunAsync(folder.Path, "scan", RepoPaths.ProvidersCsv, "--out", folder.File("out"), "--db", db);
        Assert.True(scan.ExitCode is 0 or 1, scan.Error);

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await using var store = await SqliteScanStore.OpenAsync(db, time, default);
        await using var server = await ReviewServer.StartAsync(store, store, new ReviewServerOptions { Port = 0 }, time, default);
        using var http = new HttpClient();

        var index = await http.GetStringAsync(server.Address);
        var providers = ProviderLink().Matches(index).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var analysed = (await store.GetCurrentVersionsAsync(null, default)).Select(v => v.Provider).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(analysed, providers.Select(p => Uri.UnescapeDataString(p["/provider?name=".Length..])));

        var flaggedCards = 0;
        foreach (var link in providers)
        {
            using var response = await http.GetAsync(new Uri(server.Address, link));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            var cards = FlaggedCard().Matches(page);
            flaggedCards += cards.Count;

            // Every flagged clause shows the words that triggered its flags.
            foreach (Match card in cards)
            {
                Assert.Contains("<mark>", card.Value, StringComparison.Ordinal);
            }
        }

        Assert.True(flaggedCards >= providers.Count, $"only {flaggedCards} flagged clauses over {providers.Count} providers");
    }

    [GeneratedRegex("<td><a href=\"(/provider\\?name=[^\"]+)\">")]
    private static partial Regex ProviderLink();

    [GeneratedRegex("<article class=\"clause\" .*?</article>", RegexOptions.Singleline)]
    private static partial Regex FlaggedCard();
}
