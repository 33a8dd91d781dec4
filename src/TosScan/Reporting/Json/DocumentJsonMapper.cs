using System.Globalization;
using System.Text.Json;
using TosScan.Documents;

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
                document.Title),
            Provenance = document.Provenance,
            Text = text,
            Structure = [.. document.Blocks.Select(b => new BlockJson(Name(b.Kind), b.Level, b.Span.Start, b.Span.End, b.Span.Slice(text)))],
            Sections = [.. document.Sections.Select(s => new SectionJson(s.Index, s.Level, s.Heading is { } h ? Span(h, text) : null, s.Span.Start, s.Span.End))],
            Clauses = [.. document.Clauses.Select(c => new ClauseJson(
                c.Index, Name(c.Kind), c.Section, c.Block, c.Span.Start, c.Span.End, c.Span.Slice(text),
                [.. flagsByClause[c.Index].Select(f => Flag(f, text))]))],
            Readability = document.Readability is null ? null : JsonSerializer.SerializeToElement(document.Readability, TosScanJson.Compact),
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

    private static FlagJson Flag(ClauseFlag flag, string text) => new(
        flag.Label,
        flag.Kind == FlagKind.Risk ? "risk" : "protective",
        Math.Round(flag.Score, 4),
        flag.Threshold,
        flag.Consent,
        flag.Reason,
        [.. flag.Evidence.Select(e => Span(e, text))]);

    private static SpanJson Span(TextSpan span, string text) => new(span.Start, span.End, span.Slice(text));

    private static string Name(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "list_item",
        BlockKind.TableCell => "table_cell",
        _ => "paragraph",
    };

    private static string Name(ClauseKind kind) => kind switch
    {
        ClauseKind.Heading => "heading",
        ClauseKind.ListItem => "list_item",
        ClauseKind.TableCell => "table_cell",
        _ => "sentence",
    };
}
