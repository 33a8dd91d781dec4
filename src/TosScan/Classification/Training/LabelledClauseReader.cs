using System.Text.Json;
using TosScan.Text;

namespace TosScan.Classification.Training;

/// <summary>Reads LABELS.md-format JSONL files (training corpus and evaluation sets alike).</summary>
public static class LabelledClauseReader
{
    /// <summary>
    /// Reads every line of <paramref name="path"/>. A malformed line is an error naming the file and
    /// line number: labelled data with holes would silently skew training or evaluation.
    /// </summary>
    public static async Task<IReadOnlyList<LabelledClause>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var rows = new List<LabelledClause>();
        await foreach (var row in JsonLines.ReadAsync(path, Parse, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static LabelledClause Parse(JsonElement root, string where)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            fields[property.Name] = property.Value.Clone();
        }

        var text = fields.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : throw new InvalidDataException($"{where}: missing string field \"text\".");
        var id = fields.TryGetValue("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()) : where;
        return new LabelledClause(
            id,
            text,
            Labels(fields, "labels", ClauseLabels.Risk, where),
            Labels(fields, "protective", ClauseLabels.Protective, where),
            Consent(fields, where),
            fields);
    }

    /// <summary>
    /// Label names must be LABELS.md's, in the right field: a misspelt label would otherwise turn a
    /// positive into a silent negative in training and evaluation alike.
    /// </summary>
    private static string[] Labels(Dictionary<string, JsonElement> fields, string name, IReadOnlyList<string> allowed, string where)
    {
        var labels = Strings(fields, name, where);
        foreach (var label in labels)
        {
            if (!allowed.Contains(label, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{where}: unknown label '{label}' in \"{name}\"; it takes {string.Join(", ", allowed)} (see LABELS.md).");
            }
        }

        return labels;
    }

    private static string? Consent(Dictionary<string, JsonElement> fields, string where)
    {
        if (!fields.TryGetValue("consent", out var c) || c.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var consent = c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        return consent is ClauseLabels.OptIn or ClauseLabels.OptOut or ClauseLabels.NoConsent
            ? consent
            : throw new InvalidDataException($"{where}: \"consent\" must be \"{ClauseLabels.OptIn}\", \"{ClauseLabels.OptOut}\", \"{ClauseLabels.NoConsent}\" or null, not {c.GetRawText()}.");
    }

    private static string[] Strings(Dictionary<string, JsonElement> fields, string name, string where)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{where}: field \"{name}\" must be an array of label names.");
        }

        return [.. value.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
    }
}
