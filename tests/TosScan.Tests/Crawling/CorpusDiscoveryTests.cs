using TosScan.Crawling;
using TosScan.Crawling.Providers;
using TosScan.Documents;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Crawling;

/// <summary>
/// Discovery on the eleven bundled fictional sites: from the home page alone it must find the
/// documents the providers list names explicitly, and find both documents of the sites that
/// name none.
/// </summary>
public sealed class CorpusDiscoveryTests
{
    [Fact]
    public async Task Discovery_from_each_bundled_home_page_finds_the_listed_documents()
    {
        var list = await ProvidersCsvReader.ReadAsync(RepoPaths.ProvidersCsv, CancellationToken.None);
        await using var crawler = CrawlerFixture.Create();
        var mismatches = new List<string>();

        foreach (var provider in list.Providers)
        {
            var homeOnly = provider with { TermsUrl = null, PrivacyUrl = null };
            var located = await crawler.Locator.LocateAsync(homeOnly, CancellationToken.None);
            foreach (var missing in located.Missing)
            {
                mismatches.Add($"{provider.Name} {missing.Type.ToWireName()}: not found ({missing.Reason})");
            }

            Check(provider.Name, DocumentType.TermsOfService, provider.TermsUrl, located, mismatches);
            Check(provider.Name, DocumentType.PrivacyPolicy, provider.PrivacyUrl, located, mismatches);
        }

        Assert.True(list.Providers.Count >= 11);
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static void Check(string provider, DocumentType type, Uri? listed, LocateResult located, List<string> mismatches)
    {
        var found = located.Targets.FirstOrDefault(t => t.Type == type);
        if (found is null)
        {
            return; // reported as missing above
        }

        if (found.FoundBy != FoundBy.Link)
        {
            mismatches.Add($"{provider} {type.ToWireName()}: found by {found.FoundBy}, expected a link");
        }

        if (listed is not null && found.Location != listed)
        {
            mismatches.Add($"{provider} {type.ToWireName()}: discovered {found.Location}, the list says {listed}");
        }
    }
}
