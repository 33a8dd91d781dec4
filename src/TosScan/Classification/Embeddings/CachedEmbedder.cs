using System.Security.Cryptography;
using System.Text;

namespace TosScan.Classification.Embeddings;

/// <summary>
/// Keeps every vector an embedder has made in one file, keyed by the SHA-256 of the text, so that
/// retraining (and the tests that retrain) encode only texts they have not seen before. The file is
/// a cache, never an input: deleting it changes nothing but the time a run takes. A file that does
/// not read back whole is ignored and rebuilt, so a run killed mid-write costs only time.
/// </summary>
internal sealed class CachedEmbedder : ISentenceEmbedder
{
    private const int KeyBytes = 32;
    private const int ChunkSize = 512;

    private readonly ISentenceEmbedder _inner;
    private readonly string _path;
    private readonly Dictionary<string, float[]> _vectors;
    private readonly Lock _gate = new();

    public CachedEmbedder(ISentenceEmbedder inner, string directory)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _inner = inner;
        _path = Path.Combine(directory, "embeddings-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inner.Model)))[..12] + ".bin");
        _vectors = Read(_path, inner.Dimension);
    }

    public string Model => _inner.Model;

    public int Dimension => _inner.Dimension;

    /// <summary>The default folder: the user's cache folder (XDG_CACHE_HOME, else ~/.cache) under tosscan/.</summary>
    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(root, "tosscan");
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = texts.Select(KeyOf).ToArray();
        List<int> missing;
        lock (_gate)
        {
            missing = [.. Enumerable.Range(0, texts.Count).Where(i => !_vectors.ContainsKey(keys[i]))];
        }

        // Encoded and saved a chunk at a time, so a run stopped part-way keeps what it made.
        foreach (var chunk in missing.DistinctBy(i => keys[i]).Chunk(ChunkSize))
        {
            var made = _inner.Embed([.. chunk.Select(i => texts[i])], cancellationToken);
            lock (_gate)
            {
                for (var m = 0; m < chunk.Length; m++)
                {
                    _vectors[keys[chunk[m]]] = made[m];
                }

                Append(chunk.Select((i, m) => (keys[i], made[m])));
            }
        }

        lock (_gate)
        {
            return [.. keys.Select(k => _vectors[k])];
        }
    }

    private static string KeyOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private void Append(IEnumerable<(string Key, float[] Vector)> entries)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new BinaryWriter(stream);
            foreach (var (key, vector) in entries)
            {
                writer.Write(Convert.FromHexString(key));
                foreach (var v in vector)
                {
                    writer.Write(v);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next run.
        }
    }

    private static Dictionary<string, float[]> Read(string path, int dimension)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var record = KeyBytes + (dimension * sizeof(float));
        try
        {
            if (!File.Exists(path))
            {
                return vectors;
            }

            var bytes = File.ReadAllBytes(path);
            // Whole records only: a torn tail from a killed run is dropped.
            for (var offset = 0; offset + record <= bytes.Length; offset += record)
            {
                var key = Convert.ToHexString(bytes, offset, KeyBytes);
                var vector = new float[dimension];
                Buffer.BlockCopy(bytes, offset + KeyBytes, vector, 0, dimension * sizeof(float));
                vectors[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            vectors.Clear();
        }

        return vectors;
    }

    public void Dispose() => _inner.Dispose();
}
