using TosScan.Reporting.Json;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// One label on one clause, as the classifier gave it and as reviewers left it. Rejected machine
/// flags are kept (with <see cref="Effective"/> false) so a reader sees what was overruled.
/// </summary>
/// <param name="Citation">The document version the clause is in.</param>
/// <param name="ClauseIndex">Index of the clause in the analysis.</param>
/// <param name="ClauseKey">SHA-256 of the normalised clause text (what review decisions are filed under).</param>
/// <param name="Label">LABELS.md label.</param>
/// <param name="Kind"><c>risk</c>, <c>protective</c> or <c>other</c>.</param>
/// <param name="Score">Classifier score, null for reviewer-added labels.</param>
/// <param name="Threshold">Classifier threshold, null for reviewer-added labels.</param>
/// <param name="Consent">opt_in, opt_out or none for marketing flags.</param>
/// <param name="Reason">The classifier's one-line reason, or the reviewer's note.</param>
/// <param name="Machine">True when the classifier gave this label.</param>
/// <param name="Decision">Newest review decision touching this label (confirmed, rejected, relabelled, added), or null.</param>
/// <param name="Reviewer">Who made that decision.</param>
/// <param name="Note">The reviewer's note.</param>
/// <param name="Effective">True when the label counts in the scorecard.</param>
/// <param name="Text">The clause text.</param>
/// <param name="Start">Clause start (UTF-16 offset into the document text).</param>
/// <param name="End">Clause end.</param>
/// <param name="Evidence">Evidence spans (document offsets and words).</param>
/// <param name="Context">The paragraph, list item or cell the clause is in.</param>
/// <param name="ContextStart">Offset of <paramref name="Context"/> in the document text.</param>
/// <param name="Conflict">Set when two reviewers judged this flag differently ("Ada: kept; Bob: rejected"); <see cref="Decision"/> is the newest of them.</param>
public sealed record FlaggedClause(
    Citation Citation,
    int ClauseIndex,
    string ClauseKey,
    string Label,
    string Kind,
    double? Score,
    double? Threshold,
    string? Consent,
    string? Reason,
    bool Machine,
    string? Decision,
    string? Reviewer,
    string? Note,
    bool Effective,
    string Text,
    int Start,
    int End,
    IReadOnlyList<SpanJson> Evidence,
    string Context,
    int ContextStart,
    string? Conflict = null);
