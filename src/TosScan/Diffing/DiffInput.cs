using TosScan.Classification;
using TosScan.Documents;
using TosScan.Reporting.Json;

namespace TosScan.Diffing;

/// <summary>
/// What a diff needs of one version, whether it comes fresh from the pipeline (<see cref="Document"/>)
/// or from the store (<see cref="DocumentJson"/>): where it came from and its clauses with labels.
/// </summary>
internal sealed record DiffInput(DiffSide Side, IReadOnlyList<DiffClause> Clauses)
{
    public static DiffInput From(Document document)
    {
        var labels = document.Flags.ToLookup(f => f.ClauseIndex, f => f.Label);
        var clauses = document.Clauses.Select(c => new DiffClause(
            c.Index,
            document.TextOf(c.Span),
            c.Section >= 0 && c.Section < document.Sections.Count && document.Sections[c.Section].Heading is { } h ? document.TextOf(h) : null,
            Labels(labels[c.Index])));
        var source = document.Source;
        return new DiffInput(
            new DiffSide(source.Provider, source.Type.ToWireName(), source.Location, source.RetrievedAt, source.Sha256, document.Clauses.Count, document.Flags.Count, document.Provenance,
                document.Language, ClassificationCoverage.NotCheckedFor(document.Language, document.Provenance)),
            [.. clauses]);
    }

    public static DiffInput From(DocumentJson analysis)
    {
        var clauses = analysis.Clauses.Select(c => new DiffClause(
            c.Index,
            c.Text,
            c.Section >= 0 && c.Section < analysis.Sections.Count ? analysis.Sections[c.Section].Heading?.Text : null,
            Labels(c.Flags.Select(f => f.Label))));
        var source = analysis.Document;
        return new DiffInput(
            new DiffSide(source.Provider, source.DocumentType, source.Location, source.RetrievedAt, source.Sha256, analysis.Clauses.Count, analysis.Clauses.Sum(c => c.Flags.Count), analysis.Provenance,
                source.Language, ClassificationCoverage.NotCheckedFor(source.Language, analysis.Provenance)),
            [.. clauses]);
    }

    private static IReadOnlyList<string> Labels(IEnumerable<string> labels) => [.. labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
