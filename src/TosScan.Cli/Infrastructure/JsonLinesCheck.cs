using System.Globalization;
using System.Text.Json;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// Finds the line of a JSON Lines file that System.Text.Json can parse but not read as strings: a
/// <c>\ud800</c> escape (a lone UTF-16 surrogate) is valid JSON syntax, yet reading the string
/// throws <see cref="InvalidOperationException"/>, which names neither the file nor the line.
/// </summary>
internal static class JsonLinesCheck
{
    /// <summary>The message to show for a lone surrogate escape.</summary>
    public const string LoneSurrogate = "a \\u escape is a lone UTF-16 surrogate (such as \\ud800), which is not text; fix or remove it";

    /// <summary>"file line N: ..." for the first unreadable line among <paramref name="files"/>, or null.</summary>
    public static string? FindUnreadableLine(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (!IsReadable(line))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{file} line {number}: {LoneSurrogate}");
                }
            }
        }

        return null;
    }

    /// <summary>True when every string in the JSON text (keys and values) can be read; false for a lone surrogate.</summary>
    public static bool IsReadable(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return IsReadable(document.RootElement);
        }
        catch (JsonException)
        {
            return true; // a syntax error is reported by the reader itself, with its own message
        }
    }

    public static bool IsReadable(JsonElement element)
    {
        try
        {
            Walk(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Walk(property.Value);
                }

                break;
        }
    }
}
