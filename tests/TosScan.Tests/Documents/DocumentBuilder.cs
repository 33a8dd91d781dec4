using System.Text;
using TosScan.Documents;

namespace TosScan.Tests.Documents;

/// <summary>
/// Builds an analysed <see cref="Document"/> with real spans (blocks, sections, clauses, flags
/// and evidence all point into one text), for tests of what consumes analyses.
/// </summary>
internal sealed class DocumentBuilder(string provider, DocumentType type)
{
    private static readonly string[] RiskLabels = ["content_ownership", "indefinite_retention", "third_party_marketing"];

    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private readonly List<Section> _sections = [];
    private readonly List<Clause> _clauses = [];
    private readonly List<ClauseFlag> _flags = [];
    private int _sectionStart = -1;
    private TextSpan? _sectionHeading;

    public DocumentBuilder Heading(string heading)
    {
        CloseSection();
        var span = Append(heading);
        _blocks.Add(new Block(BlockKind.Heading, span, 1));
        _sectionStart = span.Start;
        _sectionHeading = span;
        _clauses.Add(new Clause(_clauses.Count, span, ClauseKind.Heading, _sections.Count, _blocks.Count - 1));
        return this;
    }

    /// <summary>A paragraph of sentences; each sentence is one clause.</summary>
    public DocumentBuilder Paragraph(params string[] sentences)
    {
        if (_sectionStart < 0)
        {
            _sectionStart = _text.Length == 0 ? 0 : _text.Length + 2;
        }

        var start = _text.Length == 0 ? 0 : _text.Length + 2;
        var paragraph = Append(string.Join(" ", sentences));
        _blocks.Add(new Block(BlockKind.Paragraph, paragraph));
        var at = start;
        foreach (var sentence in sentences)
        {
            _clauses.Add(new Clause(_clauses.Count, new TextSpan(at, sentence.Length), ClauseKind.Sentence, _sections.Count, _blocks.Count - 1));
            at += sentence.Length + 1;
        }

        return this;
    }

    /// <summary>Flags the clause whose words are <paramref name="clause"/>, the evidence being <paramref name="evidence"/> inside it.</summary>
    public DocumentBuilder Flag(string clause, string label, string evidence, string? consent = null, double score = 0.9, double threshold = 0.5)
    {
        var text = _text.ToString();
        // The first clause with these words not yet carrying the label, so a sentence repeated in a document can be flagged each time.
        var target = _clauses.First(c => c.Span.Slice(text) == clause && !_flags.Any(f => f.ClauseIndex == c.Index && f.Label == label));
        var offset = clause.IndexOf(evidence, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{evidence}' is not in the clause", nameof(evidence));
        }

        var kind = RiskLabels.Contains(label) ? FlagKind.Risk : FlagKind.Protective;
        _flags.Add(new ClauseFlag(target.Index, label, kind, score, threshold, [new TextSpan(target.Span.Start + offset, evidence.Length)], $"mentions '{evidence}'", consent));
        return this;
    }

    public Document Build(DateTimeOffset retrievedAt, string? location = null)
    {
        CloseSection();
        var text = _text.ToString();
        var source = new DocumentSource(provider, type, location ?? $"https://{provider.ToUpperInvariant()}.example/{type.ToWireName()}", retrievedAt, Hashing.Sha256Hex(text), "text/html");
        return new Document(source, text, [.. _blocks], provider + " " + type.ToWireName())
        {
            Language = "en",
            Sections = [.. _sections],
            Clauses = [.. _clauses],
            Flags = [.. _flags],
        };
    }

    private TextSpan Append(string words)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        var span = new TextSpan(_text.Length, words.Length);
        _text.Append(words);
        return span;
    }

    private void CloseSection()
    {
        if (_sectionStart >= 0)
        {
            _sections.Add(new Section(_sections.Count, TextSpan.FromBounds(_sectionStart, _text.Length), _sectionHeading, _sectionHeading is null ? 0 : 1));
        }

        _sectionStart = -1;
        _sectionHeading = null;
    }
}
