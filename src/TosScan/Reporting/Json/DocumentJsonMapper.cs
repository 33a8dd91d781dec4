using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TosScan.Documents;
using TosScan.Pipeline;
using TosScan.Readability;

namespace TosScan.Reporting.Json;

/// <summary>Turns a <see cref="Document"/> into its JSON form.</summary>
public static class DocumentJsonMapper
{
    public static DocumentJson ToJson(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var flagsByClause = document.Flags.ToLookup(f => f.ClauseIndex);
        return new DocumentJson
        {
            TosscanVersion = TosScanVersion.Current,
            Document = new SourceJson(
                document.Source.Provider,
                document.Source.Type.ToWireName(),
                document.Source.Location,
                document.Source.RetrievedAt.ToUniversalTime(),
                document.Source.Sha256,
                document.Source.MediaType,
                document.Language,
                document.Title,
                document.LanguageDetection is { } d ? new LanguageDetectionJson(d.Detected, Math.Round(d.Confidence, 4), SourceName(d.Source), d.Reason) : null),
            Provenance = document.Provenance,
            Notes = document.Notes,
            Removed = document.Removed,
            Text = text,
            Structure = [.. document.Blocks.Select(b => new BlockJson(Name(b.Kind), b.Level, b.Span.Start, b.Span.End, b.Span.Slice(text)))],
            Sections = [.. document.Sections.Select(s => new SectionJson(s.Index, s.Level, s.Heading is { } h ? Span(h, text) : null, s.Span.Start, s.Span.End))],
            Clauses = [.. document.Clauses.Select(c => new ClauseJson(
                c.Index, Name(c.Kind), c.Section, c.Block, c.Span.Start, c.Span.End, c.Span.Slice(text),
                [.. flagsByClause[c.Index].Select(f => Flag(f, text))]))],
            Readability = document.Readability is null ? null : WithSpanText(JsonSerializer.SerializeToNode(document.Readability, TosScanJson.Compact), text),
        };
    }

    public static string Serialize(Document document, bool indented = true) =>
        JsonSerializer.Serialize(ToJson(document), indented ? TosScanJson.Indented : TosScanJson.Compact);

    /// <summary>Reads a document JSON back; throws <see cref="JsonException"/> with the reason when it is not one.</summary>
    public static DocumentJson Deserialize(string json)
    {
        var result = JsonSerializer.Deserialize<DocumentJson>(json, TosScanJson.Indented)
            ?? throw new JsonException("empty document JSON");
        if (result.SchemaVersion > DocumentJson.CurrentSchemaVersion)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture,
                $"document JSON has schema_version {result.SchemaVersion}, newer than this TosScan reads ({DocumentJson.CurrentSchemaVersion}); upgrade TosScan"));
        }

        return result;
    }

    /// <summary>
    /// Every span in the output carries the words it covers. Stage results are serialised as their
    /// own records, so their spans (objects with <c>start</c> and <c>end</c>) get their text here.
    /// </summary>
    private static JsonElement? WithSpanText(JsonNode? node, string text)
    {
        AddText(node, text);
        return node is null ? null : JsonSerializer.SerializeToElement(node, TosScanJson.Compact);

        static void AddText(JsonNode? node, string text)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["start"] is JsonValue start && obj["end"] is JsonValue end && !obj.ContainsKey("text")
                        && start.TryGetValue<int>(out var from) && end.TryGetValue<int>(out var to) && from >= 0 && to <= text.Length && from <= to)
                    {
                        obj["text"] = text[from..to];
                    }

                    foreach (var child in obj.Select(p => p.Value).ToList())
                    {
                        AddText(child, text);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        AddText(child, text);
                    }

                    break;
            }
        }
    }

    private static FlagJson Flag(ClauseFlag flag, string text) => new(
        flag.Label,
        flag.Kind == FlagKind.Risk ? "risk" : "protective",
        Math.Round(flag.Score, 4),
        flag.Threshold,
        flag.Consent,
        flag.Reason,
        [.. flag.Evidence.Select(e => Span(e, text))]);

    private static SpanJson Span(TextSpan span, string text) => new(span.Start, span.End, span.Slice(text));

    private static string SourceName(LanguageSource source) => source switch
    {
        LanguageSource.Given => "given",
        LanguageSource.Fallback => "fallback",
        _ => "detected",
    };

    private static string Name(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "list_item",
        BlockKind.TableCell => "table_cell",
        BlockKind.Navigation => "navigation",
        _ => "paragraph",
    };

    private static string Name(ClauseKind kind) => kind switch
    {
        ClauseKind.Heading => "heading",
        ClauseKind.ListItem => "list_item",
        ClauseKind.TableCell => "table_cell",
        ClauseKind.Navigation => "navigation",
        _ => "sentence",
    };
}
