namespace TosScan.Reporting.Scorecards;

/// <summary>
/// What a cited figure needs to be found and regenerated: the exact stored version it was
/// computed from and what analysed it.
/// </summary>
/// <param name="Provider">Provider name.</param>
/// <param name="DocumentType">Wire name (<c>terms_of_service</c>, ...).</param>
/// <param name="Url">Where the document was read from.</param>
/// <param name="RetrievedAt">When its bytes were read (UTC).</param>
/// <param name="SnapshotSha256">SHA-256 of the raw bytes as stored.</param>
/// <param name="TextSha256">SHA-256 of the extracted text (identifies the version).</param>
/// <param name="VersionId">Store id of the version.</param>
/// <param name="TosscanVersion">TosScan version that produced the analysis (<c>unknown</c> when not analysed).</param>
/// <param name="ModelVersion">Classifier model version from the analysis provenance (<c>none</c> when no classifier ran).</param>
public sealed record Citation(
    string Provider,
    string DocumentType,
    string Url,
    DateTimeOffset RetrievedAt,
    string SnapshotSha256,
    string TextSha256,
    long VersionId,
    string TosscanVersion,
    string ModelVersion);
