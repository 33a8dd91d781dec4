namespace TosScan.Documents;

/// <summary>
/// Where a document came from: what a citation needs to find the exact bytes again.
/// </summary>
/// <param name="Provider">The provider's name as given in the providers list (or the file name for ad-hoc analysis).</param>
/// <param name="Type">The kind of document.</param>
/// <param name="Location">The URL it was fetched from, or the local path it was read from.</param>
/// <param name="RetrievedAt">When the raw bytes were read (UTC).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="MediaType">The media type the content was read as (text/html, application/pdf, ...).</param>
public sealed record DocumentSource(
    string Provider,
    DocumentType Type,
    string Location,
    DateTimeOffset RetrievedAt,
    string Sha256,
    string MediaType);
