using TosScan.Reporting.Scorecards;

namespace TosScan.Tests.Reporting;

public sealed class GradeRuleV1Tests
{
    private static readonly GradeRuleV1 Rule = new();

    private static GradeInputs Inputs(int words, double? fk, params (string Label, int Effective)[] counts) =>
        new([.. counts.Select(c => new LabelTally(c.Label, Labels.KindOf(c.Label), c.Effective, 0, 0, 0, c.Effective))], words, fk);

    [Theory]
    [InlineData(100, "A")]
    [InlineData(85, "A")]
    [InlineData(84.99, "B")]
    [InlineData(70, "B")]
    [InlineData(55, "C")]
    [InlineData(54.99, "D")]
    [InlineData(40, "D")]
    [InlineData(39.99, "E")]
    [InlineData(0, "E")]
    public void Letters_follow_the_documented_bands(double score, string letter) =>
        Assert.Equal(letter, GradeRuleV1.LetterFor(score));

    [Fact]
    public void A_clean_plain_document_scores_100()
    {
        var grade = Rule.Compute(Inputs(2000, 7.5, ("protects_ownership", 2)));
        Assert.Equal(100, grade.Score);
        Assert.Equal("A", grade.Letter);
    }

    [Fact]
    public void Presence_costs_the_same_in_a_long_and_a_short_document_while_density_scales_with_length()
    {
        var shortDoc = Rule.Compute(Inputs(1000, null, ("content_ownership", 1)));
        var longDoc = Rule.Compute(Inputs(10_000, null, ("content_ownership", 1)));
        Assert.Equal(100 - 20 - 4, shortDoc.Score);
        Assert.Equal(100 - 20 - 0.4, longDoc.Score);
    }

    [Fact]
    public void Density_penalty_is_capped()
    {
        var grade = Rule.Compute(Inputs(100, null, ("third_party_marketing", 50)));
        Assert.Equal(100 - 20 - 20, grade.Score);
    }

    [Fact]
    public void A_protective_clause_offsets_only_a_risk_on_its_own_topic_and_only_partly()
    {
        var offset = Rule.Compute(Inputs(1000, null, ("indefinite_retention", 1), ("bounded_retention", 1)));
        var otherTopic = Rule.Compute(Inputs(1000, null, ("indefinite_retention", 1), ("no_marketing_sharing", 3)));
        Assert.Equal(100 - 20 + 5 - 4, offset.Score);
        Assert.Equal(100 - 20 - 4, otherTopic.Score);
    }

    [Fact]
    public void Hard_reading_costs_points_above_grade_8_up_to_the_cap_and_not_scored_costs_nothing()
    {
        Assert.Equal(100 - 6, Rule.Compute(Inputs(1000, 12)).Score);
        Assert.Equal(100 - 15, Rule.Compute(Inputs(1000, 40)).Score);
        var unscored = Rule.Compute(Inputs(1000, null));
        Assert.Equal(100, unscored.Score);
        Assert.Contains(unscored.Steps, s => s.Reason.Contains("not scored", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_point_is_explained_by_a_step()
    {
        var grade = Rule.Compute(Inputs(3000, 14.2, ("content_ownership", 2), ("indefinite_retention", 1), ("third_party_marketing", 4), ("bounded_retention", 1)));
        Assert.Equal(Math.Round(100 + grade.Steps.Sum(s => s.Points), 2), grade.Score);
        Assert.Equal("grade-rule v1", grade.Rule);
        Assert.Equal(3, grade.Steps.Count(s => s.Points == -20));
    }
}
