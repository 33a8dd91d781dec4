using System.Text;
using System.Text.Json;

namespace TosScan.Crawling.Http;

/// <summary>Response headers as the JSON object stored with each fetch (names lower-case, in order received).</summary>
internal static class HeadersJson
{
    public static string Write(IEnumerable<KeyValuePair<string, string>> headers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, value) in headers)
            {
                // A repeated header is already joined by the reader; keep the first if one slips through.
                if (seen.Add(name))
                {
                    writer.WriteString(name, value);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
