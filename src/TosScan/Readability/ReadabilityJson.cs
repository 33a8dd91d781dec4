using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TosScan.Readability;

/// <summary>
/// JSON form of <see cref="ReadabilityReport"/>: snake_case keys (textstat's metric names), nulls
/// left out. Source-generated, so the CLI does not pay for reflection at start-up.
/// </summary>
public static class ReadabilityJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as one line of JSON.</summary>
    public static string Serialize(ReadabilityReport report) =>
        JsonSerializer.Serialize(report, ReadabilityJsonContext.Default.ReadabilityReport);

    /// <summary>
    /// Writes one JSON object whose first key is <paramref name="firstKey"/> (e.g. the file name),
    /// followed by the report's keys, or by an <c>error</c> key when the input could not be scored.
    /// </summary>
    public static void WriteObject(Stream output, string firstKey, string firstValue, ReadabilityReport? report, string? error)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString(firstKey, firstValue);
        if (report is not null)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(report, ReadabilityJsonContext.Default.ReadabilityReport);
            using var document = JsonDocument.Parse(bytes);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }
        }

        if (error is not null)
        {
            writer.WriteString("error", error);
        }

        writer.WriteEndObject();
    }
}

/// <summary>The source-generated serializer for readability results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadabilityReport))]
internal sealed partial class ReadabilityJsonContext : JsonSerializerContext;
