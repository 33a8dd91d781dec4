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

/// <summary>What the queue posts to <c>/api/decisions/undo</c>: the id <c>/api/decisions</c> returned.</summary>
internal sealed record UndoRequest(long? Id);

/// <summary>The flag's state after an undo (the decision now newest, or <c>undecided</c>) and its status line.</summary>
internal sealed record UndoResponse(string State, string Status);
