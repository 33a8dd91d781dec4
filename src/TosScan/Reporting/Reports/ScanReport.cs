using TosScan.Reporting.Scorecards;

namespace TosScan.Reporting.Reports;

/// <summary>
/// A whole report, as written to <c>report.json</c>; the other files are views of it.
/// Bump <see cref="CurrentSchemaVersion"/> on any breaking change to its JSON.
/// </summary>
/// <param name="Manifest">How to regenerate it.</param>
/// <param name="Providers">One scorecard per provider, by name.</param>
/// <param name="Clauses">Every flagged clause (machine or reviewer), in provider, document, clause order; in
/// memory, or read back from disk when the report was written (<see cref="SpilledClauses"/>).</param>
public sealed record ScanReport(RunManifest Manifest, IReadOnlyList<ProviderScorecard> Providers, IReadOnlyCollection<FlaggedClause> Clauses)
{
    /// <summary>One provider's flagged clauses, in document and clause order.</summary>
    public IEnumerable<FlaggedClause> ClausesOf(string provider) =>
        Clauses is SpilledClauses spilled ? spilled.Of(provider) : Clauses.Where(c => c.Citation.Provider == provider);

    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
