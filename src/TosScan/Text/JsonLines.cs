using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TosScan.Text;

/// <summary>
/// Walks a JSON Lines file: blank lines are skipped, every other line is parsed as one JSON object
/// and handed on with its "file:line" name, so every error can say exactly where the bad row is.
/// </summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(string path, Func<JsonElement, string, T> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parse);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        await foreach (var line in BoundedLines.ReadAsync(reader, BoundedLines.DefaultMaxChars, cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                throw new InvalidDataException(FormattableString.Invariant(
                    $"{path}:{line.Number}: the line is {line.Length:N0} characters long, over the limit of {BoundedLines.DefaultMaxChars:N0}; one row must hold one clause or paragraph."));
            }

            if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return Parse(line.Text, $"{path}:{line.Number}", parse);
            }
        }
    }

    /// <summary>Parses one line as a JSON object; malformed JSON or a non-object is an error naming <paramref name="where"/>.</summary>
    public static T Parse<T>(string line, string where, Func<JsonElement, string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? parse(json.RootElement, where)
                : throw new InvalidDataException($"{where}: expected a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{where}: not valid JSON ({ex.Message}).", ex);
        }
    }
}
