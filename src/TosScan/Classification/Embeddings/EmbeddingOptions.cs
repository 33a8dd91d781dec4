namespace TosScan.Classification.Embeddings;

/// <summary>How the sentence encoder runs. Validated once, when the encoder is created.</summary>
public sealed record EmbeddingOptions
{
    /// <summary>
    /// ONNX Runtime intra-op threads (1-64). Default: the machine's cores. ONNX Runtime's own default
    /// gave erratic speed here; a fixed count is steady.
    /// </summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Texts encoded together (1-256). Default 32. Texts are sorted by length before batching, since a
    /// batch is padded to its longest text.
    /// </summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// Word pieces encoded per text, special tokens included (16-512); a longer text is cut at a word
    /// boundary first. Default 256. The model's own limit is 512 (a longer input fails inside ONNX),
    /// but encoding time grows faster than length, the opening of a paragraph carries its topic, and
    /// the classifier also encodes each sentence of a long paragraph on its own.
    /// </summary>
    public int MaxWordPieces { get; init; } = 256;

    public void Validate()
    {
        if (Threads is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "EmbeddingOptions.Threads must be between 1 and 64.");
        }

        if (BatchSize is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "EmbeddingOptions.BatchSize must be between 1 and 256.");
        }

        if (MaxWordPieces is < 16 or > 512)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWordPieces), MaxWordPieces, "EmbeddingOptions.MaxWordPieces must be between 16 and 512.");
        }
    }
}
