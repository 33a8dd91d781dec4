using System.Buffers;

namespace TosScan.Crawling.Http;

/// <summary>
/// Reads a body in chunks and stops as soon as it passes the limit, so an endless or huge
/// response never fills memory.
/// </summary>
internal static class BoundedBodyReader
{
    /// <returns>The bytes, or <c>Oversize = true</c> (and no bytes) once more than <paramref name="maxBytes"/> arrived.</returns>
    public static async Task<(byte[] Bytes, bool Oversize)> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is long declared && declared > maxBytes)
        {
            return ([], true);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<(byte[] Bytes, bool Oversize)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var collected = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (collected.Length + read > maxBytes)
                {
                    return ([], true);
                }

                collected.Write(buffer, 0, read);
            }

            return (collected.ToArray(), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
