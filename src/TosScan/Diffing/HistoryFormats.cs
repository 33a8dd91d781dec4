using System.Globalization;
using System.Text.Json;
using TosScan.Reporting.Json;

namespace TosScan.Diffing;

/// <summary>Writes a provider's version history as text or JSON (snake_case, <c>schema_version</c>).</summary>
internal static class HistoryFormats
{
    public const int SchemaVersion = 1;

    public static string ToJson(ProviderHistory history) =>
        JsonSerializer.Serialize(new HistoryFile(SchemaVersion, history.Provider, history.Documents), TosScanJson.Indented);

    public static string ToText(ProviderHistory history)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine(history.Provider);
        foreach (var document in history.Documents)
        {
            w.WriteLine($"  {document.Type} ({document.Versions.Count} version{(document.Versions.Count == 1 ? string.Empty : "s")})");
            for (var i = 0; i < document.Versions.Count; i++)
            {
                var v = document.Versions[i];
                var current = i == document.Versions.Count - 1 ? "  current" : string.Empty;
                var analysed = !v.Analysed ? "  (not analysed)"
                    : v.NotChecked is { } notChecked ? $"  {v.Clauses} clauses, {notChecked}"
                    : v.Flags is { } flags ? $"  {v.Clauses} clauses, {flags} flags"
                    : "  (analysis unreadable)";
                // Numbered within the document (1 = oldest), not by the store-wide id: "(1 version)" then "version 9" read as a contradiction.
                w.WriteLine($"    {v.RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}  version {i + 1}  text {v.TextSha256[..12]}  {v.Characters} chars{analysed}  {v.Location}{current}");
            }
        }

        return w.ToString();
    }

    private sealed record HistoryFile(int SchemaVersion, string Provider, IReadOnlyList<DocumentHistory> Documents);
}
