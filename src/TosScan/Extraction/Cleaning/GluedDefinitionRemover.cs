using System.Globalization;
using System.Text;
using TosScan.Documents;

namespace TosScan.Extraction.Cleaning;

/// <summary>
/// Takes glued glossary definitions (<see cref="GluedDefinitionDetector"/>) out of extracted text,
/// right after extraction, so segmentation, the clause flags and readability all read the sentences
/// as a reader of the page does. Block spans are moved with the text, so every span stays exact;
/// what was removed is kept in <see cref="ExtractedText.Removed"/> (and a note), from which the text
/// as extracted can be rebuilt. The raw snapshot is never touched.
/// </summary>
internal static class GluedDefinitionRemover
{
    public static ExtractedText Clean(ExtractedText extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var found = GluedDefinitionDetector.Find(extracted.Text);
        if (found.Count == 0)
        {
            return extracted;
        }

        var text = extracted.Text;
        var cleaned = new StringBuilder(text.Length);
        var removedBefore = new int[found.Count];
        var removedSoFar = 0;
        var position = 0;
        var byDefinition = new Dictionary<(string Term, string Text), List<int>>();
        for (var i = 0; i < found.Count; i++)
        {
            var d = found[i];
            cleaned.Append(text, position, d.Start - position);
            removedBefore[i] = removedSoFar;
            var at = d.Start - removedSoFar;
            if (!byDefinition.TryGetValue((d.Term, d.Text), out var positions))
            {
                positions = [];
                byDefinition[(d.Term, d.Text)] = positions;
            }

            positions.Add(at);
            removedSoFar += d.Text.Length;
            position = d.End;
        }

        cleaned.Append(text, position, text.Length - position);

        int Map(int offset)
        {
            // Offsets inside a removed definition move to where it was; after it, back by its length.
            var shift = 0;
            for (var i = 0; i < found.Count && found[i].Start < offset; i++)
            {
                shift = removedBefore[i] + Math.Min(found[i].Text.Length, offset - found[i].Start);
            }

            return offset - shift;
        }

        var blocks = extracted.Blocks
            .Select(b => b with { Span = TextSpan.FromBounds(Map(b.Span.Start), Map(b.Span.End)) })
            .Where(b => b.Span.Length > 0)
            .ToList();
        var removals = byDefinition
            .Select(kv => new TextRemoval(TextRemoval.GluedDefinition, kv.Key.Term, kv.Key.Text, kv.Value))
            .OrderBy(r => r.At[0])
            .ToList();
        var distinct = removals.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();
        var example = found.GroupBy(d => d.Text).OrderByDescending(g => g.Count()).First();
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"removed {found.Count:N0} glossary definitions glued after their terms ({distinct} distinct, {removedSoFar:N0} characters; e.g. \"{Shorten(example.Key)}\" {example.Count()} times after \"{example.First().Term}\"), which the page shows as tooltips; see \"removed\"");
        return extracted with
        {
            Text = cleaned.ToString(),
            Blocks = blocks,
            Notes = [.. extracted.Notes, note],
            Removed = [.. extracted.Removed, .. removals],
        };
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
