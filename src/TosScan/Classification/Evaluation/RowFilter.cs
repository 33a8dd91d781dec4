using System.Globalization;
using System.Text.Json;
using TosScan.Classification.Training;

namespace TosScan.Classification.Evaluation;

/// <summary>
/// A <c>FIELD=VALUE</c> filter on labelled rows (e.g. <c>moderated=true</c>). Booleans and numbers
/// compare by their JSON text, strings exactly, arrays match when any element matches.
/// </summary>
public sealed record RowFilter(string Field, string Value)
{
    public static RowFilter Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var equals = expression.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"Filter '{expression}' must look like FIELD=VALUE (e.g. moderated=true).");
        }

        return new RowFilter(expression[..equals].Trim(), expression[(equals + 1)..].Trim());
    }

    public bool Matches(LabelledClause row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Fields.TryGetValue(Field, out var value) && Matches(value);
    }

    private bool Matches(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => string.Equals(value.GetString(), Value, StringComparison.Ordinal),
        JsonValueKind.True or JsonValueKind.False => string.Equals(value.GetRawText(), Value, StringComparison.OrdinalIgnoreCase),
        JsonValueKind.Number => value.TryGetDouble(out var d) && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && d == v,
        JsonValueKind.Array => value.EnumerateArray().Any(Matches),
        JsonValueKind.Null => string.Equals(Value, "null", StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(value.GetRawText(), Value, StringComparison.Ordinal),
    };

    public override string ToString() => $"{Field}={Value}";
}
