using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TosScan.Reporting.Json;

/// <summary>The one set of JSON settings every TosScan file uses: snake_case keys and enums.</summary>
public static class TosScanJson
{
    /// <summary>Indented, for files people read.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>One line, for JSONL output.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            // Crawled text is full of quotes and non-ASCII letters; keep it readable. Files are
            // never embedded in HTML without escaping by the HTML writer.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
