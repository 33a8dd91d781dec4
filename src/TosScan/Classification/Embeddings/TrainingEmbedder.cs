namespace TosScan.Classification.Embeddings;

/// <summary>The sentence encoder <c>tosscan train</c> (and the tests that retrain) use.</summary>
public static class TrainingEmbedder
{
    /// <summary>
    /// Arctic-xs encoding one text at a time, behind the on-disk cache. One at a time because ONNX
    /// Runtime's results move in the last bits with the length a batch is padded to, and a vector
    /// must not depend on which other texts happened to be encoded with it: otherwise a retrain on a
    /// fresh machine, whose cache is filled in a different order, would not reproduce the committed
    /// models. Inference keeps batching; there the last bits do not matter.
    /// </summary>
    public static ISentenceEmbedder Create(string? cacheDirectory = null) =>
        new CachedEmbedder(new ArcticXsEmbedder(new EmbeddingOptions { BatchSize = 1 }), cacheDirectory ?? CachedEmbedder.DefaultDirectory());
}
