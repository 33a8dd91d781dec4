using System.Runtime.CompilerServices;
using System.Text;

namespace TosScan.Text;

/// <summary>One line of a JSON Lines input: its 1-based number and its text, or no text when it was too long to keep.</summary>
/// <param name="Number">1-based line number, for error messages.</param>
/// <param name="Text">The line without its line break; null when it exceeded the limit.</param>
/// <param name="Length">The line's full length in characters, also when it was too long.</param>
internal readonly record struct BoundedLine(int Number, string? Text, long Length)
{
    public bool TooLong => Text is null;
}

/// <summary>
/// Reads lines without ever holding more than a set number of characters of one of them.
/// <see cref="TextReader.ReadLineAsync()"/> would buffer a 5 GB line whole (and fail with an
/// out-of-memory error naming nothing); here such a line is measured, skipped and reported by number,
/// and the lines after it are still read.
/// </summary>
internal static class BoundedLines
{
    /// <summary>
    /// Default limit: one million characters. A clause, a paragraph or even a whole set of terms
    /// (100,000-200,000 characters) fits many times over; beyond it the input is not a line of text.
    /// </summary>
    public const int DefaultMaxChars = 1_000_000;

    public static async IAsyncEnumerable<BoundedLine> ReadAsync(TextReader reader, int maxChars, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var buffer = new char[8192];
        var line = new StringBuilder();
        long length = 0;
        var number = 0;
        var pending = false; // characters read since the last line break
        var endsWithCarriageReturn = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                Append(buffer.AsSpan(start, i - start));
                yield return Finish();
                start = i + 1;
            }

            Append(buffer.AsSpan(start, read - start));
            pending |= read > start;
        }

        if (pending)
        {
            yield return Finish();
        }

        void Append(ReadOnlySpan<char> chars)
        {
            length += chars.Length;
            if (chars.Length > 0)
            {
                endsWithCarriageReturn = chars[^1] == '\r';
            }

            if (length <= maxChars + 1)
            {
                // One character over the limit is still kept, so a trailing '\r' can be trimmed below.
                line.Append(chars);
            }
        }

        BoundedLine Finish()
        {
            number++;
            if (endsWithCarriageReturn)
            {
                length--;
                if (line.Length > 0)
                {
                    line.Length--;
                }
            }

            var result = length > maxChars ? new BoundedLine(number, null, length) : new BoundedLine(number, line.ToString(), length);
            line.Clear();
            length = 0;
            pending = false;
            endsWithCarriageReturn = false;
            return result;
        }
    }
}
