using TosScan.Classification.Embeddings;

namespace TosScan.Tests.Classification.Embeddings;

public sealed class ArcticXsEmbedderTests
{
    [Fact]
    public void Texts_of_very_different_lengths_encoded_together_get_the_vectors_each_gets_alone_in_input_order()
    {
        // Lengths from a heading to a long paragraph, out of order, so the embedder sorts them and
        // closes batches early at the longer texts.
        var paragraph = string.Join(' ', Enumerable.Repeat("We may share information about how you use the app with advertising partners, who use it to measure and personalise the ads you see.", 6));
        string[] texts =
        [
            paragraph,
            "Marketing vendors",
            "We keep your messages until you delete them, and backups for up to 30 days after that.",
            paragraph[..400],
            "Cookies",
            "You grant us a worldwide, royalty-free licence to use the content you post.",
        ];
        using var together = new ArcticXsEmbedder(new EmbeddingOptions { BatchSize = 4, Threads = 1 });
        using var alone = new ArcticXsEmbedder(new EmbeddingOptions { BatchSize = 1, Threads = 1 });

        var batched = together.Embed(texts, CancellationToken.None);

        Assert.Equal(texts.Length, batched.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = alone.Embed([texts[i]], CancellationToken.None)[0];
            Assert.Equal(384, batched[i].Length);
            for (var d = 0; d < single.Length; d++)
            {
                Assert.Equal(single[d], batched[i][d], 1e-5f);
            }
        }
    }
}
