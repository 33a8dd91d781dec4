using TosScan.Diffing;

namespace TosScan.Tests.Diffing;

public sealed class ClauseAlignerTests
{
    private readonly ClauseAligner _aligner = new();

    [Fact]
    public void Equal_clauses_match_exactly_even_when_moved_or_reflowed()
    {
        var alignment = _aligner.Align(
            ["We keep your data.", "You own your posts.", "Contact us."],
            ["You own   your\nposts.", "Contact us.", "we keep your data."]);

        Assert.Equal([(0, 2), (1, 0), (2, 1)], alignment.Exact.Select(p => (p.Old, p.New)).OrderBy(p => p.Old));
        Assert.Empty(alignment.Similar);
        Assert.Empty(alignment.UnmatchedOld);
        Assert.Empty(alignment.UnmatchedNew);
    }

    [Fact]
    public void A_reworded_clause_is_similar_and_an_unrelated_one_is_added_and_removed()
    {
        var alignment = _aligner.Align(
            ["We may share your data with advertisers.", "Disputes go to the courts of Ireland."],
            ["We may share your personal data with advertisers and partners.", "You can download your data at any time."]);

        var pair = Assert.Single(alignment.Similar);
        Assert.Equal((0, 0), (pair.Old, pair.New));
        Assert.InRange(pair.Similarity, 0.5, 0.99);
        Assert.Equal([1], alignment.UnmatchedOld);
        Assert.Equal([1], alignment.UnmatchedNew);
    }

    [Fact]
    public void Similarity_below_the_threshold_is_not_a_change()
    {
        // Jaccard {we, keep, your, posts} vs {we, keep, your, messages, forever}: 3 / 6 = 0.5.
        Assert.Single(new ClauseAligner(0.5).Align(["We keep your posts."], ["We keep your messages forever."]).Similar);
        Assert.Empty(new ClauseAligner(0.51).Align(["We keep your posts."], ["We keep your messages forever."]).Similar);
    }

    [Fact]
    public void Repeated_clauses_pair_first_with_first_and_the_surplus_is_added()
    {
        var alignment = _aligner.Align(["Contact us.", "Terms."], ["Contact us.", "Terms.", "Contact us."]);

        Assert.Equal([(0, 0), (1, 1)], alignment.Exact.Select(p => (p.Old, p.New)));
        Assert.Equal([2], alignment.UnmatchedNew);
    }

    [Fact]
    public void The_most_similar_candidate_wins_when_two_compete()
    {
        var alignment = _aligner.Align(
            ["We sell your data to brokers and advertisers."],
            ["We sell your data to advertisers.", "We sell your data to brokers and advertisers for money."]);

        var pair = Assert.Single(alignment.Similar);
        Assert.Equal(1, pair.New);
        Assert.Equal([0], alignment.UnmatchedNew);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_zero_to_one_is_refused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClauseAligner(threshold));
}
