using System.Text;
using System.Text.Json;
using TosScan.Documents;
using TosScan.Reporting.Json;

namespace TosScan.Tests.Reporting;

/// <summary>
/// Builds an analysed document the way the pipeline does (Document -> DocumentJsonMapper): each
/// paragraph is a block, each sentence a clause, one section. Flags name their evidence words,
/// which are located in the sentence, so spans are real offsets into the text.
/// </summary>
internal sealed class AnalysedDocumentBuilder(string provider, DocumentType type, string location, DateTimeOffset retrievedAt)
{
    private readonly List<string[]> _paragraphs = [];
    private readonly List<(int Paragraph, int Sentence, string Label, FlagKind Kind, double Score, string Evidence, string? Consent)> _flags = [];
    private JsonElement? _readability;
    private bool _recordModel = true;
    private string _language = "en";
    private bool _classified = true;

    public AnalysedDocumentBuilder Paragraph(params string[] sentences)
    {
        _paragraphs.Add(sentences);
        return this;
    }

    public AnalysedDocumentBuilder Flag(int paragraph, int sentence, string label, FlagKind kind, double score, string evidence, string? consent = null)
    {
        _flags.Add((paragraph, sentence, label, kind, score, evidence, consent));
        return this;
    }

    /// <summary>No model version in the provenance (as when no classifier ran, or one that does not record it).</summary>
    public AnalysedDocumentBuilder WithoutModelVersion()
    {
        _recordModel = false;
        return this;
    }

    /// <summary>
    /// A document in <paramref name="language"/>, which the classification stage left unflagged
    /// as it does for a language the models do not read.
    /// </summary>
    public AnalysedDocumentBuilder NotClassified(string language)
    {
        _language = language;
        _classified = false;
        return this;
    }

    public AnalysedDocumentBuilder Readability(string json)
    {
        _readability = JsonDocument.Parse(json).RootElement.Clone();
        return this;
    }

    public string Text => string.Join("\n\n", _paragraphs.Select(p => string.Join(' ', p)));

    public string SnapshotBytesText => "<html><body>" + Text + "</body></html>";

    public string SnapshotSha256 => Hashing.Sha256Hex(Encoding.UTF8.GetBytes(SnapshotBytesText));

    public string Json()
    {
        var text = new StringBuilder();
        var blocks = new List<Block>();
        var clauses = new List<Clause>();
        var clauseIndex = new Dictionary<(int, int), Clause>();
        for (var p = 0; p < _paragraphs.Count; p++)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }

            var blockStart = text.Length;
            for (var s = 0; s < _paragraphs[p].Length; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                var clause = new Clause(clauses.Count, new TextSpan(text.Length, _paragraphs[p][s].Length), ClauseKind.Sentence, 0, p);
                clauses.Add(clause);
                clauseIndex[(p, s)] = clause;
                text.Append(_paragraphs[p][s]);
            }

            blocks.Add(new Block(BlockKind.Paragraph, TextSpan.FromBounds(blockStart, text.Length)));
        }

        var full = text.ToString();
        var flags = _flags.Select(f =>
        {
            var clause = clauseIndex[(f.Paragraph, f.Sentence)];
            var at = clause.Span.Slice(full).IndexOf(f.Evidence, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"evidence '{f.Evidence}' is not in the clause");
            }

            return new ClauseFlag(clause.Index, f.Label, f.Kind, f.Score, 0.5, [new TextSpan(clause.Span.Start + at, f.Evidence.Length)], $"test reason for {f.Label}", f.Consent);
        }).ToList();

        var document = new Document(new DocumentSource(provider, type, location, retrievedAt, SnapshotSha256, "text/html"), full, blocks, "Test document")
        {
            Sections = [new Section(0, new TextSpan(0, full.Length), null, 0)],
            Clauses = clauses,
            Flags = flags,
            Language = _language,
            LanguageDetection = new LanguageDetection(_language, 0.99, LanguageSource.Detected, "detected"),
        };
        document = !_classified
            ? document.WithProvenance("classification", $"not applied: the models read English and the document is '{_language}'")
            : _recordModel ? document.WithProvenance("model", "test-model 1.0") : document.WithProvenance("language", "test-language 1");
        var json = DocumentJsonMapper.ToJson(document) with { Readability = _readability };
        return JsonSerializer.Serialize(json, TosScanJson.Indented);
    }
}
