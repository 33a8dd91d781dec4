using System.Globalization;
using System.Text;
using System.Text.Json;
using TosScan.Classification;
using TosScan.Documents;
using TosScan.Readability;
using TosScan.Reporting.Json;

namespace TosScan.Cli.Rendering;

/// <summary>The readable summary <c>analyze</c> prints: what a policy officer wants at a glance.</summary>
internal static class DocumentSummary
{
    /// <summary>Flagged clauses listed in full before the rest are only counted.</summary>
    private const int MaxListedFlags = 12;

    public static string Render(Document document)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var words = document.Text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        s.AppendLine(inv, $"{document.Source.Provider} - {document.Source.Type.ToWireName()}");
        if (document.Title is { Length: > 0 } title)
        {
            s.AppendLine(inv, $"  title:     {title}");
        }

        s.AppendLine(inv, $"  source:    {document.Source.Location}");
        s.AppendLine(inv, $"  retrieved: {document.Source.RetrievedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  sha256 {document.Source.Sha256[..12]}...");
        s.AppendLine(inv, $"  language:  {LanguageLine(document)}");
        s.AppendLine(inv, $"  size:      {words:N0} words, {document.Sections.Count} sections, {Count(document, BlockKind.Heading)} headings, {Count(document, BlockKind.Paragraph)} paragraphs, {Count(document, BlockKind.ListItem)} list items, {Count(document, BlockKind.TableCell)} table cells, {Count(document, BlockKind.Navigation)} links, {document.Clauses.Count} clauses");
        AppendReadability(s, document);
        AppendFlags(s, document);
        return s.ToString();
    }

    /// <summary>The language used and, when it is not the detected one, what was detected and why it was not trusted.</summary>
    private static string LanguageLine(Document document)
    {
        var language = document.Language ?? "unknown";
        return document.LanguageDetection switch
        {
            null => language,
            { Source: LanguageSource.Detected } d => string.Create(CultureInfo.InvariantCulture, $"{language} (detected, confidence {d.Confidence:0.00})"),
            { Source: var source } d => string.Create(CultureInfo.InvariantCulture,
                $"{language} ({(source == LanguageSource.Given ? "given" : "fallback")}: detected {d.Detected ?? "nothing"}, confidence {d.Confidence:0.00}; {d.Reason})"),
        };
    }

    private static int Count(Document document, BlockKind kind) => document.Blocks.Count(b => b.Kind == kind);

    private static void AppendReadability(StringBuilder s, Document document)
    {
        if (document.Readability is null)
        {
            return;
        }

        // Read through JSON so the summary shows the same figures the JSON output carries.
        var json = JsonSerializer.SerializeToElement(document.Readability, TosScanJson.Compact);
        var inv = CultureInfo.InvariantCulture;
        if (Find(json, "not_scored_reason") is { } reason)
        {
            s.AppendLine(inv, $"  readability: not scored ({reason})");
            return;
        }

        s.AppendLine(inv, $"  readability ({Find(json, "mode")} mode): Flesch-Kincaid grade {Number(json, "flesch_kincaid_grade")}, Flesch reading ease {Number(json, "flesch_reading_ease")}, consensus {Find(json, "text_standard_label")}, reading time {Number(json, "reading_time_minutes")} min");
        if (json.TryGetProperty("suitability", out var suitability) && suitability.ValueKind == JsonValueKind.Array)
        {
            foreach (var audience in suitability.EnumerateArray())
            {
                s.AppendLine(inv, $"    {audience.GetProperty("audience").GetString()} ({audience.GetProperty("age_range").GetString()}): {audience.GetProperty("verdict").GetString()}");
            }
        }
    }

    private static string Number(JsonElement element, string key) =>
        double.TryParse(Find(element, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : "n/a";

    private static string? Find(JsonElement element, string key)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(key) && property.Value.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array and not JsonValueKind.Null)
            {
                return property.Value.ToString();
            }

            if (property.Value.ValueKind == JsonValueKind.Object && Find(property.Value, key) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static void AppendFlags(StringBuilder s, Document document)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!ClassificationCoverage.Covers(document.Language))
        {
            // Nothing was looked for: counts of zero would read as a clean document.
            s.AppendLine(inv, $"  flags:     {ClassificationCoverage.NotChecked(document.Language)}");
            return;
        }

        var risks = document.Flags.Where(f => f.Kind == FlagKind.Risk).ToList();
        var protective = document.Flags.Where(f => f.Kind == FlagKind.Protective).ToList();
        s.AppendLine(inv, $"  flags:     {risks.Count} risky, {protective.Count} protective");
        foreach (var group in document.Flags.GroupBy(f => f.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            s.AppendLine(inv, $"    {group.Key}: {group.Count()}");
        }

        foreach (var flag in risks.Concat(protective).Take(MaxListedFlags))
        {
            var clause = document.Clauses[flag.ClauseIndex];
            var text = document.TextOf(clause.Span);
            var shown = text.Length > 160 ? text[..157] + "..." : text;
            s.AppendLine(inv, $"  - [{flag.Label} {flag.Score:0.00}] {shown}");
            s.AppendLine(inv, $"      {flag.Reason}");
        }

        if (document.Flags.Count > MaxListedFlags)
        {
            s.AppendLine(inv, $"  ... and {document.Flags.Count - MaxListedFlags} more flags (use --format json for all)");
        }
    }
}
