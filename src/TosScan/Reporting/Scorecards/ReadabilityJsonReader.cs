using System.Globalization;
using System.Text.Json;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// Reads the readability section of a document JSON without depending on its exact shape: the
/// readability stage is developed separately and may nest its metrics. Keys are textstat's names
/// (<c>flesch_kincaid_grade</c>, ...); the shallowest match wins, so a document-level figure is
/// preferred over a per-section one. Anything missing reads as "not scored", never as zero.
/// </summary>
internal static class ReadabilityJsonReader
{
    public static ReadabilitySummary Read(JsonElement? section)
    {
        if (section is not { ValueKind: JsonValueKind.Object } root)
        {
            return ReadabilitySummary.NotScored("not scored (the readability stage did not run)");
        }

        var fk = Number(root, "flesch_kincaid_grade");
        var explicitScored = Find(root, "scored") is { ValueKind: JsonValueKind.True or JsonValueKind.False } s ? s.GetBoolean() : (bool?)null;
        var notScored = Find(root, "not_scored");
        var reason = String(root, "not_scored_reason")
            ?? (notScored is { ValueKind: JsonValueKind.String } ns ? ns.GetString() : null)
            ?? (notScored is { ValueKind: JsonValueKind.Object } nso ? String(nso, "reason") : null);
        var scored = explicitScored ?? (notScored is null || notScored.Value.ValueKind == JsonValueKind.False) && fk is not null;
        var mode = String(root, "mode");
        var language = String(root, "language");
        if (!scored)
        {
            return new ReadabilitySummary(false, mode, language, null, null, null, null, [], "not scored" + (reason is null ? "" : ": " + reason));
        }

        var figures = LanguageFigures(root, language);
        return new ReadabilitySummary(
            true,
            mode,
            language,
            fk,
            figures is null ? Number(root, "flesch_reading_ease") : null,
            Number(root, "text_standard"),
            Number(root, "reading_time_minutes"),
            Suitability(root),
            null,
            figures,
            String(root, "verdict_note"));
    }

    /// <summary>
    /// A language other than English reports <c>formulas</c> (name, value) instead of the English
    /// metrics: its Flesch adaptation first, then the formula a verdict is made on. The first two are
    /// shown; the document JSON holds them all.
    /// </summary>
    private static string? LanguageFigures(JsonElement root, string? language)
    {
        if (Find(root, "formulas") is not { ValueKind: JsonValueKind.Array } formulas)
        {
            return null;
        }

        var shown = formulas.EnumerateArray()
            .Where(f => String(f, "name") is not null && f.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number)
            .Take(2)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{String(f, "name")} {f.GetProperty("value").GetDouble():0.0}"))
            .ToList();
        return shown.Count == 0 ? null : $"{language ?? "?"}: {string.Join(", ", shown)}";
    }

    private static List<SuitabilityVerdict> Suitability(JsonElement root)
    {
        var verdicts = new List<SuitabilityVerdict>();
        switch (Find(root, "suitability"))
        {
            case { ValueKind: JsonValueKind.Object } byAudience:
                foreach (var audience in byAudience.EnumerateObject())
                {
                    var verdict = audience.Value.ValueKind == JsonValueKind.String ? audience.Value.GetString() : String(audience.Value, "verdict");
                    if (verdict is not null)
                    {
                        verdicts.Add(new SuitabilityVerdict(audience.Name, verdict));
                    }
                }

                break;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var item in list.EnumerateArray())
                {
                    if (String(item, "audience") is { } audience && String(item, "verdict") is { } verdict)
                    {
                        verdicts.Add(new SuitabilityVerdict(audience, verdict));
                    }
                }

                break;
        }

        return verdicts;
    }

    private static double? Number(JsonElement root, string name) => Find(root, name) switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetDouble(),

        // e.g. text_standard written as {"grade": 10, "label": "9th and 10th grade"}.
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => (double?)p.Value.GetDouble()).FirstOrDefault(),
        _ => null,
    };

    private static string? String(JsonElement root, string name) =>
        Find(root, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>Breadth-first search for a property, so the shallowest one wins.</summary>
    private static JsonElement? Find(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.NameEquals(name))
                    {
                        return property.Value;
                    }
                }

                foreach (var property in current.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        queue.Enqueue(property.Value);
                    }
                }
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray())
                {
                    queue.Enqueue(item);
                }
            }
        }

        return null;
    }
}
