namespace TosScan.Documents;

/// <summary>
/// The one document model that flows through the pipeline
/// (fetch -> extract -> segment -> classify and score -> store -> report).
/// Each stage returns a new instance with its results added; nothing is mutated in place, so
/// stages can run on different machines and a result can always be traced to the same text.
/// All spans are offsets into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    public Document(DocumentSource source, string text, IReadOnlyList<Block> blocks, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        Source = source;
        Text = text;
        Blocks = blocks;
        Title = title;
    }

    public DocumentSource Source { get; init; }

    /// <summary>The extracted text every span points into.</summary>
    public string Text { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>
    /// ISO 639-1 code of the language the document is processed as (e.g. <c>en</c>): the detected
    /// one, or a given or fallback one when detection was not confident (see
    /// <see cref="LanguageDetection"/>). Null when no language stage ran.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>How <see cref="Language"/> was decided; null when no language stage ran.</summary>
    public LanguageDetection? LanguageDetection { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    public IReadOnlyList<ClauseFlag> Flags { get; init; } = [];

    /// <summary>Whole-document results of later stages, one per type (see <see cref="Annotation{T}"/>).</summary>
    public IReadOnlyDictionary<Type, IDocumentAnnotation> Annotations { get; init; } = new Dictionary<Type, IDocumentAnnotation>();

    /// <summary>
    /// Things a reader of the results should know about how the text was obtained (a wrong
    /// declared charset that was ignored, a selector that matched nothing, a skipped PDF page).
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Text extraction took out because nobody reads it there (glossary definitions glued after their
    /// terms), with the offsets in <see cref="Text"/> where it was; the raw snapshot still holds it.
    /// </summary>
    public IReadOnlyList<TextRemoval> Removed { get; init; } = [];

    /// <summary>
    /// Versions of what produced the results (e.g. <c>model</c> -> the classifier's model version),
    /// so a cited figure can be traced and regenerated. Stages add their own entries.
    /// </summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();

    /// <summary>A copy with one provenance entry added or replaced.</summary>
    public Document WithProvenance(string key, string value)
    {
        var copy = new Dictionary<string, string>(Provenance, StringComparer.Ordinal) { [key] = value };
        return this with { Provenance = copy };
    }

    /// <summary>The result a stage left of type <typeparamref name="T"/>, or null when that stage did not run.</summary>
    public T? Annotation<T>()
        where T : class, IDocumentAnnotation =>
        Annotations.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>A copy with the stage result of type <typeparamref name="T"/> added or replaced.</summary>
    public Document WithAnnotation<T>(T value)
        where T : class, IDocumentAnnotation
    {
        ArgumentNullException.ThrowIfNull(value);
        var copy = new Dictionary<Type, IDocumentAnnotation>(Annotations) { [typeof(T)] = value };
        return this with { Annotations = copy };
    }

    /// <summary>The words of a span.</summary>
    public string TextOf(TextSpan span) => span.Slice(Text);
}
