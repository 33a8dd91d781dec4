using System.Text;
using TosScan.Extraction;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Extraction;

public sealed class ContentExtractorTests
{
    [Fact]
    public async Task Empty_input_is_rejected_with_its_name()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(async () =>
            await ContentExtractor.CreateDefault().ExtractAsync(new RawContent(Array.Empty<byte>(), "text/html", null, "empty.html"), ExtractionRules.None, CancellationToken.None));

        Assert.Equal("empty.html", error.SourceName);
        Assert.Contains("0 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_extraction_stops_with_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await ContentExtractor.CreateDefault().ExtractAsync(new RawContent("<p>Text.</p>"u8.ToArray(), "text/html", null, "x.html"), ExtractionRules.None, cancelled.Token));
    }

    [SharedDataFact]
    public async Task One_extractor_serves_documents_of_every_format_concurrently()
    {
        var extractor = ContentExtractor.CreateDefault();
        RawContent[] inputs =
        [
            new(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Corpus, "sites", "chirpy", "legal", "privacy.html")), "text/html", null, "chirpy.html"),
            new(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Corpus, "sites", "looptalk", "legal", "privacy.pdf")), null, null, "looptalk.pdf"),
            new(await File.ReadAllBytesAsync(SharedData.RealDoc("Discord - Privacy Policy")), null, null, "discord.md"),
            new(Encoding.UTF8.GetBytes("PLAIN TERMS\n\nYou agree to the terms."), "text/plain", null, "plain.txt"),
        ];
        var expected = new List<string>();
        foreach (var input in inputs)
        {
            expected.Add((await extractor.ExtractAsync(input, ExtractionRules.None, CancellationToken.None)).Text);
        }

        var runs = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            var input = inputs[i % inputs.Length];
            return (i % inputs.Length, (await extractor.ExtractAsync(input, ExtractionRules.None, CancellationToken.None)).Text);
        }));

        foreach (var (index, text) in await Task.WhenAll(runs))
        {
            Assert.Equal(expected[index], text);
        }
    }
}
