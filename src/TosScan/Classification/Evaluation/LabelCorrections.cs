using System.Text.Json;
using TosScan.Classification.Training;
using TosScan.Documents;
using TosScan.Text;

namespace TosScan.Classification.Evaluation;

/// <summary>
/// Reads an audit file of <see cref="LabelCorrection"/>s (JSONL: <c>{"id", "label", "applies", "reason"}</c>)
/// and applies it to evaluation rows. A correction without a reason is refused: an unexplained
/// relabelling is exactly what a reader of the figures could not check.
/// </summary>
public static class LabelCorrections
{
    public static async Task<IReadOnlyList<LabelCorrection>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var corrections = new List<LabelCorrection>();
        var seen = new HashSet<(string, string)>();
        await foreach (var (correction, where) in JsonLines.ReadAsync(path, (root, where) => (Parse(root, where), where), cancellationToken).ConfigureAwait(false))
        {
            if (!seen.Add((correction.Id, correction.Label)))
            {
                throw new InvalidDataException($"{where}: row '{correction.Id}' already has a correction for '{correction.Label}'; keep one.");
            }

            corrections.Add(correction);
        }

        return corrections;
    }

    /// <summary>The rows with each matching correction applied; rows without one are returned as they are.</summary>
    public static IReadOnlyList<LabelledClause> Apply(IReadOnlyList<LabelledClause> rows, IReadOnlyList<LabelCorrection> corrections)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(corrections);
        var byId = corrections.ToLookup(c => c.Id, StringComparer.Ordinal);
        return [.. rows.Select(row => byId[row.Id].Aggregate(row, Correct))];
    }

    private static LabelledClause Correct(LabelledClause row, LabelCorrection correction)
    {
        static IReadOnlyList<string> Set(IReadOnlyList<string> labels, string label, bool applies) =>
            applies ? [.. labels.Where(l => l != label), label] : [.. labels.Where(l => l != label)];

        if (row.Has(correction.Label) == correction.Applies)
        {
            return row; // the audit agrees with the set here; the row is not counted as corrected
        }

        return ClauseLabels.KindOf(correction.Label) == FlagKind.Risk
            ? row with { Labels = Set(row.Labels, correction.Label, correction.Applies) }
            : row with { Protective = Set(row.Protective, correction.Label, correction.Applies) };
    }

    private static LabelCorrection Parse(JsonElement root, string where)
    {
        var id = RequiredString(root, "id", where);
        var label = RequiredString(root, "label", where);
        if (!ClauseLabels.All.Contains(label))
        {
            throw new InvalidDataException($"{where}: unknown label '{label}'; use one of {string.Join(", ", ClauseLabels.All)}.");
        }

        var applies = root.TryGetProperty("applies", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? a.GetBoolean()
            : throw new InvalidDataException($"{where}: \"applies\" must be true or false.");
        var reason = RequiredString(root, "reason", where);
        return new LabelCorrection(id, label, applies, reason);
    }

    private static string RequiredString(JsonElement root, string name, string where) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: missing non-empty string field \"{name}\".");
}
