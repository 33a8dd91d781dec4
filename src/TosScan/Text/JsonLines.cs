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
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, $"{path}:{lineNumber}", parse);
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
