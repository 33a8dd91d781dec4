using System.Text.Json;
using TosScan.Extraction;

namespace TosScan.Crawling.Declarations;

/// <summary>
/// Reads Open Terms Archive declarations: <c>{"name": ..., "terms": {"Terms of Service": {"fetch",
/// "select", "remove", "executeClientScripts", "combine"}}}</c> (older files say <c>documents</c>).
/// String selectors are kept; range selectors (<c>startBefore</c>/<c>endBefore</c> objects) and
/// every <c>combine</c> part after the first are noted and skipped, since one document is one URL here.
/// A malformed file stops the start-up with a message naming it.
/// </summary>
internal static class DeclarationReader
{
    public static DeclarationSet ReadDirectory(string directory)
    {
        var declarations = new List<ServiceDeclaration>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            // OTA keeps history files next to declarations; they are not declarations.
            if (file.EndsWith(".history.json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".filters.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            declarations.Add(ReadFile(file));
        }

        return new DeclarationSet(declarations);
    }

    public static ServiceDeclaration ReadFile(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Read(json.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message}); fix or remove the declaration file.", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Thrown when a string holds a "\ud800" escape (a lone UTF-16 surrogate): valid JSON, not text.
            throw new InvalidDataException($"{path}: a \\u escape is a lone UTF-16 surrogate (such as \\ud800), which is not text; fix or remove the declaration file.", ex);
        }
    }

    internal static ServiceDeclaration Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "the declaration must be a JSON object");
        }

        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileNameWithoutExtension(path);
        if (!root.TryGetProperty("terms", out var terms) && !root.TryGetProperty("documents", out terms))
        {
            throw Invalid(path, "no \"terms\" object");
        }

        if (terms.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "\"terms\" must be an object of document type -> declaration");
        }

        var documents = new List<DeclaredDocument>();
        var notes = new List<string>();
        foreach (var entry in terms.EnumerateObject())
        {
            if (!OtaDocumentTypes.TryMap(entry.Name, out var type))
            {
                notes.Add($"'{entry.Name}' is not a type TosScan analyses; skipped");
                continue;
            }

            documents.Add(ReadDocument(entry.Value, entry.Name, type, path, notes));
        }

        return new ServiceDeclaration(name, path, documents, notes);
    }

    private static DeclaredDocument ReadDocument(JsonElement value, string otaType, Documents.DocumentType type, string path, List<string> notes)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"\"{otaType}\" must be an object");
        }

        var source = value;
        var combined = false;
        if (value.TryGetProperty("combine", out var combine) && combine.ValueKind == JsonValueKind.Array && combine.GetArrayLength() > 0)
        {
            source = combine[0];
            combined = true;
            if (combine.GetArrayLength() > 1)
            {
                notes.Add($"'{otaType}' combines {combine.GetArrayLength()} pages; only the first is fetched");
            }
        }

        var fetchText = String(source, "fetch") ?? String(value, "fetch")
            ?? throw Invalid(path, $"\"{otaType}\" has no \"fetch\" URL");
        if (!Uri.TryCreate(fetchText, UriKind.Absolute, out var fetch) || (fetch.Scheme != Uri.UriSchemeHttp && fetch.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid(path, $"\"{otaType}\".fetch '{fetchText}' is not an http(s) URL");
        }

        var select = Selectors(value, "select", otaType, notes);
        var remove = Selectors(value, "remove", otaType, notes);
        if (combined)
        {
            select.AddRange(Selectors(source, "select", otaType, notes));
            remove.AddRange(Selectors(source, "remove", otaType, notes));
        }

        var scripts = Bool(value, "executeClientScripts") || Bool(source, "executeClientScripts");
        return new DeclaredDocument(type, otaType, fetch, new ExtractionRules(select, remove), scripts);
    }

    private static List<string> Selectors(JsonElement element, string property, string otaType, List<string> notes)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var selectors = new List<string>();
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                selectors.Add(item.GetString()!);
            }
            else
            {
                notes.Add($"'{otaType}'.{property}: a range selector is not supported; skipped");
            }
        }

        return selectors;
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.True;

    private static InvalidDataException Invalid(string path, string what) =>
        new($"{path}: {what}; see the Open Terms Archive declaration format.");
}
