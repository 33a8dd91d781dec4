using System.Text;
using ZstdSharp;

namespace TosScan.Storage.Compression;

/// <summary>
/// How the store keeps large values (snapshot bytes, version text, analysis JSON): zstd at a fast
/// level. Terms and their analyses are repetitive text, so they shrink to a fraction and the store
/// stays small enough to keep every version of a million providers. A value's codec is kept beside
/// it, so stores written before compression are still read (and migrated) byte for byte.
/// </summary>
internal static class StoredBlob
{
    /// <summary>Codec name of a value kept as is (stores written before compression).</summary>
    public const string None = "none";

    /// <summary>Codec name of a zstd frame.</summary>
    public const string Zstd = "zstd";

    /// <summary>Level 3 is zstd's default: most of the saving at a small cost in CPU time.</summary>
    private const int Level = 3;

    public static byte[] Pack(ReadOnlySpan<byte> value)
    {
        // A Compressor holds native state and is not thread-safe: one per call keeps stores concurrent.
        using var compressor = new Compressor(Level);
        return compressor.Wrap(value).ToArray();
    }

    public static byte[] PackText(string text) => Pack(Encoding.UTF8.GetBytes(text));

    public static byte[] Unpack(byte[] stored, string codec) => codec switch
    {
        Zstd => Decompress(stored),
        None => stored,
        _ => throw new StoreFormatException($"a stored value uses codec '{codec}', which this TosScan does not know; it may have been written by a newer TosScan"),
    };

    public static string UnpackText(object stored, string codec) => stored switch
    {
        // Before compression, text columns held text.
        string text when codec == None => text,
        byte[] bytes => Encoding.UTF8.GetString(Unpack(bytes, codec)),
        _ => throw new StoreFormatException($"a stored text value has an unexpected form ({stored.GetType().Name}, codec '{codec}')"),
    };

    private static byte[] Decompress(byte[] stored)
    {
        using var decompressor = new Decompressor();
        try
        {
            return decompressor.Unwrap(stored).ToArray();
        }
        catch (ZstdException ex)
        {
            throw new StoreFormatException($"a stored value is not a readable zstd frame ({ex.Message}); the store is damaged: restore it from a backup", ex);
        }
    }
}
