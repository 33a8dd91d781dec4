using System.Text.Json;
using TosScan.Documents;

namespace TosScan.Reporting.Json;

/// <summary>
/// The analysed-document JSON that <c>analyze --format json</c> prints, <c>scan</c> writes per
/// document and the store keeps per version. Keys are snake_case; every span carries its offsets
/// (UTF-16 code units into <see cref="Text"/>) and its words, so a reader needs no other file.
/// Bump <see cref="CurrentSchemaVersion"/> on any breaking change.
/// </summary>
public sealed record DocumentJson
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The TosScan version that produced this file.</summary>
    public required string TosscanVersion { get; init; }

    public required SourceJson Document { get; init; }

    /// <summary>What produced the results: stage names and versions (model, rules).</summary>
    public required IReadOnlyDictionary<string, string> Provenance { get; init; }

    /// <summary>Notes on how the text was obtained (ignored charset, unmatched selector, ...).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Text taken out of <c>text</c> after extraction (glued glossary definitions): kind, term, text and offsets where it was.</summary>
    public IReadOnlyList<TextRemoval> Removed { get; init; } = [];

    /// <summary>The extracted text every span points into.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<BlockJson> Structure { get; init; }

    public required IReadOnlyList<SectionJson> Sections { get; init; }

    public required IReadOnlyList<ClauseJson> Clauses { get; init; }

    /// <summary>Readability results as the readability stage wrote them; null when not run.</summary>
    public JsonElement? Readability { get; init; }
}

/// <summary>
/// Where the document came from. <c>language</c> is the language it was processed as;
/// <c>language_detection</c> says how that was decided (null in files written before it was recorded).
/// </summary>
public sealed record SourceJson(
    string Provider,
    string DocumentType,
    string Location,
    DateTimeOffset RetrievedAt,
    string Sha256,
    string MediaType,
    string? Language,
    string? Title,
    LanguageDetectionJson? LanguageDetection = null);

/// <summary>What the detector said and where the language used came from (<c>detected</c>, <c>given</c> or <c>fallback</c>).</summary>
public sealed record LanguageDetectionJson(string? Detected, double Confidence, string Source, string Reason);

/// <summary>A span: offsets and the words they cover.</summary>
public sealed record SpanJson(int Start, int End, string Text);

/// <summary>A heading, paragraph, list item or table cell.</summary>
public sealed record BlockJson(string Kind, int Level, int Start, int End, string Text);

/// <summary>A section: its heading (null for the preamble) and its extent.</summary>
public sealed record SectionJson(int Index, int Level, SpanJson? Heading, int Start, int End);

/// <summary>A clause and the flags the classifier gave it.</summary>
public sealed record ClauseJson(int Index, string Kind, int Section, int Block, int Start, int End, string Text, IReadOnlyList<FlagJson> Flags);

/// <summary>One flag with its evidence.</summary>
public sealed record FlagJson(string Label, string Kind, double Score, double Threshold, string? Consent, string Reason, IReadOnlyList<SpanJson> Evidence);
