using System.Globalization;
using System.Text.Json;
using TosScan.Reporting.Json;

namespace TosScan.Diffing;

/// <summary>Writes diffs as readable text or as JSON (snake_case keys, <c>schema_version</c>).</summary>
internal static class DiffFormats
{
    /// <summary>Bumped whenever a JSON field is renamed or removed.</summary>
    public const int SchemaVersion = 1;

    public static async Task WriteJsonAsync(IReadOnlyList<DocumentDiff> diffs, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diffs);
        ArgumentNullException.ThrowIfNull(writer);
        var json = JsonSerializer.Serialize(new DiffFile(SchemaVersion, diffs), TosScanJson.Indented);
        await writer.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteTextAsync(IReadOnlyList<DocumentDiff> diffs, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diffs);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var diff in diffs)
        {
            await writer.WriteAsync(ToText(diff).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    public static string ToText(DocumentDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"{diff.New.Provider} {diff.New.Type}");
        w.WriteLine($"  old: {Describe(diff.Old)}");
        w.WriteLine($"  new: {Describe(diff.New)}");
        w.WriteLine($"  clauses: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.UnchangedCount} unchanged");
        if (diff.LanguageChanged)
        {
            // Flags from an English model on a German text are noise; counting them as "appeared"
            // blamed the provider (or the model) for a change of language.
            w.WriteLine($"  flags: not comparable: the language changed ({diff.Old.Language ?? "unknown"} -> {diff.New.Language ?? "unknown"}), and the models read English only");
            w.WriteLine("  note: clauses in two languages cannot be aligned, so every clause counts as added or removed; compare versions in one language");
            w.WriteLine();
            return w.ToString();
        }

        if (diff.Old.NotChecked is not null || diff.New.NotChecked is not null)
        {
            // Flags "appearing" on a side nobody checked would be an artefact of the language, not a change.
            var sides = new[] { ("old", diff.Old.NotChecked), ("new", diff.New.NotChecked) }.Where(s => s.Item2 is not null).Select(s => s.Item1 + " " + s.Item2);
            w.WriteLine($"  flags: not compared ({string.Join(", ", sides)})");
        }
        else
        {
            WriteFlags(w, diff);
        }

        Section(w, "Added clauses:", diff.Added, clause => [$"  + new #{clause.Index}{Where(clause)}: {clause.Text}{Labels(clause)}"]);
        Section(w, "Removed clauses:", diff.Removed, clause => [$"  - old #{clause.Index}{Where(clause)}: {clause.Text}{Labels(clause)}"]);
        Section(w, "Changed clauses:", diff.Changed, change =>
        [
            $"  ~ old #{change.Old.Index} -> new #{change.New.Index}{Where(change.New)} (similarity {change.Similarity.ToString("0.00", CultureInfo.InvariantCulture)})",
            $"    - {change.Old.Text}{Labels(change.Old)}",
            $"    + {change.New.Text}{Labels(change.New)}",
        ]);

        w.WriteLine();
        return w.ToString();
    }

    private static void WriteFlags(StringWriter w, DocumentDiff diff)
    {
        w.WriteLine($"  flags: {diff.FlagsAppeared.Count} appeared, {diff.FlagsDisappeared.Count} disappeared");
        var oldModel = diff.Old.Provenance.GetValueOrDefault("model");
        var newModel = diff.New.Provenance.GetValueOrDefault("model");
        if (oldModel != newModel)
        {
            w.WriteLine($"  note: the flags come from different models ({oldModel ?? "none"} -> {newModel ?? "none"}); a flag change on unchanged words may be the model's, not the provider's");
        }

        Section(w, "Flags appeared:", diff.FlagsAppeared, flag =>
            [$"  + {flag.Label} ({Cause(flag.Cause, added: true)}) new #{flag.NewClause!.Index}: {flag.NewClause.Text}"]);
        Section(w, "Flags disappeared:", diff.FlagsDisappeared, flag =>
        {
            var where = flag.NewClause is { } now ? $"old #{flag.OldClause!.Index} -> new #{now.Index}" : $"old #{flag.OldClause!.Index}";
            return [$"  - {flag.Label} ({Cause(flag.Cause, added: false)}) {where}: {flag.OldClause.Text}"];
        });
    }

    /// <summary>A titled list, left out entirely when it has no items.</summary>
    private static void Section<T>(StringWriter w, string title, IReadOnlyList<T> items, Func<T, string[]> lines)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(title);
        foreach (var line in items.SelectMany(lines))
        {
            w.WriteLine(line);
        }
    }

    private static string Describe(DiffSide side) =>
        $"{side.Location} retrieved {side.RetrievedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, sha256 {side.Sha256}, {side.ClauseCount} clauses, {side.NotChecked ?? side.FlagCount + " flags"}";

    private static string Where(DiffClause clause) => clause.Section is { } heading ? $" [{heading}]" : string.Empty;

    private static string Labels(DiffClause clause) => clause.Labels.Count > 0 ? $"  {{{string.Join(", ", clause.Labels)}}}" : string.Empty;

    private static string Cause(FlagChangeCause cause, bool added) => cause switch
    {
        FlagChangeCause.ClauseAddedOrRemoved => added ? "clause added" : "clause removed",
        FlagChangeCause.ClauseChanged => "clause reworded",
        _ => "same words, flagging changed",
    };

    private sealed record DiffFile(int SchemaVersion, IReadOnlyList<DocumentDiff> Diffs);
}
