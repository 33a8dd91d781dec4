using System.Text;

namespace TosScan.Classification.Embeddings;

/// <summary>
/// Reads and writes a <see cref="NeighbourVotes"/> bank: a header, one label byte per text, then
/// the unit vectors as half-precision floats (half the size of single precision; the trainer rounds
/// the vectors to half precision before it computes any vote, so training and use see the same bank).
/// </summary>
internal static class NeighbourFile
{
    private const string Magic = "TSNB";
    private const int FormatVersion = 1;

    /// <summary>Magic, format version, texts, dimension, labels and K.</summary>
    private const int HeaderBytes = 24;

    /// <summary>Rounds each value to half precision and back, as the file will store it.</summary>
    public static float[] RoundToStored(float[] values) => [.. values.Select(v => (float)(Half)v)];

    public static async Task WriteAsync(string path, NeighbourVotes bank, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var bytes = new byte[HeaderBytes + bank.Count + (bank.Count * bank.Dimension * 2)];
        using (var writer = new BinaryWriter(new MemoryStream(bytes), Encoding.ASCII))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(bank.Count);
            writer.Write(bank.Dimension);
            writer.Write(bank.LabelCount);
            writer.Write(bank.K);
            for (var row = 0; row < bank.Count; row++)
            {
                writer.Write(bank.LabelsOf(row));
            }

            for (var row = 0; row < bank.Count; row++)
            {
                foreach (var v in bank.VectorOf(row))
                {
                    writer.Write((Half)v);
                }
            }
        }

        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    public static NeighbourVotes Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The models use the nearest training texts but '{path}' is missing; run 'tosscan train'.", path);
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.ASCII);
        try
        {
            if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"'{path}' is not a TosScan neighbour file of format {FormatVersion}; run 'tosscan train'.");
            }

            var count = reader.ReadInt32();
            var dimension = reader.ReadInt32();
            var labelCount = reader.ReadInt32();
            var k = reader.ReadInt32();
            if (count < 1 || dimension < 1 || reader.BaseStream.Length != HeaderBytes + count + ((long)count * dimension * 2))
            {
                throw new InvalidDataException($"'{path}' is truncated or damaged ({reader.BaseStream.Length} bytes for {count} texts of {dimension} values); run 'tosscan train'.");
            }

            var labels = reader.ReadBytes(count);
            var vectors = new float[count * dimension];
            for (var i = 0; i < vectors.Length; i++)
            {
                vectors[i] = (float)reader.ReadHalf();
            }

            return new NeighbourVotes(vectors, labels, dimension, labelCount, k);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"'{path}' is truncated; run 'tosscan train'.", ex);
        }
    }
}
