namespace TosScan.Storage;

/// <summary>Reviewers' decisions on flags. The newest decision per clause and label wins.</summary>
public interface IReviewStore
{
    Task<ReviewDecision> AddDecisionAsync(ReviewDecision decision, CancellationToken cancellationToken);

    /// <summary>All decisions, oldest first; of one provider when given.</summary>
    Task<IReadOnlyList<ReviewDecision>> GetDecisionsAsync(string? provider, CancellationToken cancellationToken);
}
