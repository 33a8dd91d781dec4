namespace TosScan.Reporting.Reports;

/// <summary>
/// Everything needed to regenerate a report: what it read, what produced it and under which rule.
/// Running <c>tosscan report --as-of</c> with <see cref="AsOf"/> (or <see cref="GeneratedAt"/> when
/// that is null) on the same database gives the same figures.
/// </summary>
/// <param name="TosscanVersion">Version of TosScan that wrote the report.</param>
/// <param name="GradeRule">Grade rule version, e.g. <c>grade-rule v1</c>.</param>
/// <param name="GradeRuleDescription">The rule in words.</param>
/// <param name="AsOf">The cut-off the versions and review decisions were read at; null for "everything stored".</param>
/// <param name="GeneratedAt">When the report was written (UTC, from the injected clock).</param>
/// <param name="Inputs">What was read (e.g. the database path).</param>
/// <param name="ModelVersions">Distinct classifier model versions across the documents.</param>
/// <param name="AnalysisVersions">Distinct TosScan versions that produced the analyses.</param>
/// <param name="ReviewDecisions">Review decisions taken into account.</param>
/// <param name="Documents">The exact stored versions the report was computed from.</param>
public sealed record RunManifest(
    string TosscanVersion,
    string GradeRule,
    string GradeRuleDescription,
    DateTimeOffset? AsOf,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> ModelVersions,
    IReadOnlyList<string> AnalysisVersions,
    int ReviewDecisions,
    IReadOnlyList<ManifestDocument> Documents);

/// <summary>One stored version a report read.</summary>
public sealed record ManifestDocument(
    string Provider,
    string DocumentType,
    long VersionId,
    DateTimeOffset RetrievedAt,
    string SnapshotSha256,
    string TextSha256,
    bool Analysed);
