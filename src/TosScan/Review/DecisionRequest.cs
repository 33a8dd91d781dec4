namespace TosScan.Review;

/// <summary>What the page posts to <c>/api/decisions</c> (snake_case JSON).</summary>
internal sealed record DecisionRequest(
    string? Provider,
    string? Type,
    string? ClauseKey,
    string? Label,
    string? Decision,
    string? NewLabel,
    string? Reviewer,
    string? Note);

/// <summary>What the page gets back: the decision saved and the status line to show.</summary>
internal sealed record DecisionResponse(string Decision, string Status, long Id);
