using TosScan.Crawling.Providers;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Crawling.Providers;

public sealed class ProvidersCsvReaderTests
{
    [Fact]
    public async Task Paths_are_resolved_against_the_csv_folder_and_urls_kept()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("sub"));
        await File.WriteAllTextAsync(temp.File("sub/p.csv"),
            "name,url,terms_url,privacy_url\n" +
            "\"Acme, Inc.\",https://acme.example/,legal/terms.html,file:///srv/acme/privacy.pdf\n");

        var list = await ProvidersCsvReader.ReadAsync(temp.File("sub/p.csv"), CancellationToken.None);

        var acme = Assert.Single(list.Providers);
        Assert.Empty(list.Problems);
        Assert.Equal("Acme, Inc.", acme.Name);
        Assert.Equal(new Uri("https://acme.example/"), acme.Home);
        Assert.Equal(new Uri(Path.Combine(temp.Path, "sub", "legal", "terms.html")), acme.TermsUrl);
        Assert.Equal("/srv/acme/privacy.pdf", acme.PrivacyUrl!.LocalPath);
        Assert.Equal(2, acme.Line);
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_and_the_rest_are_read()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"),
            "name,url,terms_url,privacy_url\n" +
            "One,https://one.example,,\n" +
            "One,https://one-again.example,,\n" +
            "Bad,javascript:alert(1),,\n" +
            "Empty,,,\n" +
            "Two,https://two.example,,\n");

        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);

        Assert.Equal(["One", "Two"], list.Providers.Select(p => p.Name));
        Assert.Equal([3, 4, 5], list.Problems.Select(p => p.Line));
        Assert.Contains("twice", list.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("javascript", list.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("no url", list.Problems[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("provider,homepage\nA,https://a.example\n")]
    public async Task A_file_that_is_not_a_providers_list_is_refused_with_what_to_fix(string content)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"), content);
        var error = await Assert.ThrowsAsync<ProvidersFileException>(() => ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None));
        Assert.Contains("name,url,terms_url,privacy_url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_quote_is_a_problem_on_its_line_not_a_crash()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("p.csv"),
            "name,url,terms_url,privacy_url\n" +
            "Good,https://good.example,,\n" +
            "Bro\"ken,https://x.example\"oops,,\n");

        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);

        Assert.Contains(list.Providers, p => p.Name == "Good");
        Assert.DoesNotContain(list.Providers, p => p.Name.Contains("ken", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Line == 3);
    }
}
