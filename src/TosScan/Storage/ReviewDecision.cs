using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// A reviewer's decision on one label of one clause. Decisions are keyed by the SHA-256 of the
/// clause's normalised text (whitespace collapsed, lower case), not by offsets or version ids,
/// so they survive re-scans that move the clause or change other parts of the document.
/// </summary>
/// <param name="Provider">Provider name.</param>
/// <param name="Type">Document type.</param>
/// <param name="ClauseKey">SHA-256 of the normalised clause text.</param>
/// <param name="ClauseText">The clause text as reviewed.</param>
/// <param name="Label">The label decided on (e.g. <c>content_ownership</c>).</param>
/// <param name="Decision"><c>confirmed</c>, <c>rejected</c>, <c>relabelled</c> (see <paramref name="NewLabel"/>) or <c>added</c> (a flag the model missed).</param>
/// <param name="NewLabel">The label a <c>relabelled</c> flag now carries.</param>
/// <param name="Reviewer">Who decided.</param>
/// <param name="Note">Free text.</param>
/// <param name="DecidedAt">When (UTC).</param>
public sealed record ReviewDecision(
    string Provider,
    DocumentType Type,
    string ClauseKey,
    string ClauseText,
    string Label,
    string Decision,
    string? NewLabel,
    string Reviewer,
    string? Note,
    DateTimeOffset DecidedAt)
{
    public long Id { get; init; }
}
