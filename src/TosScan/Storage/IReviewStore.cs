namespace TosScan.Storage;

/// <summary>Reviewers' decisions on flags. The newest decision per clause and label wins.</summary>
public interface IReviewStore
{
    Task<ReviewDecision> AddDecisionAsync(ReviewDecision decision, CancellationToken cancellationToken);

    /// <summary>All decisions, oldest first; of one provider when given.</summary>
    Task<IReadOnlyList<ReviewDecision>> GetDecisionsAsync(string? provider, CancellationToken cancellationToken);

    /// <summary>
    /// Takes back one decision (the review queue's undo): the decision before it on the same clause
    /// and label, if any, is the newest again. Returns the removed decision, or null when no
    /// decision has that id.
    /// </summary>
    Task<ReviewDecision?> RemoveDecisionAsync(long id, CancellationToken cancellationToken);
}
