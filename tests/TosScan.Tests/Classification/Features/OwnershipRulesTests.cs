using TosScan.Classification;
using TosScan.Classification.Features;

namespace TosScan.Tests.Classification.Features;

/// <summary>
/// An irrevocable licence can be written as "cannot be revoked", and a clause that sublicenses the
/// user's content has licence wording even when it never says "licence".
/// </summary>
public sealed class OwnershipRulesTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private readonly FeatureSpace _space = ((ClauseClassifier)fixture.Classifier).Space;

    [Theory]
    [InlineData("Once your recipe is in the shared cookbook, the licence you granted cannot be revoked.")]
    [InlineData("This permission is not revocable.")]
    [InlineData("Your consent to this use may not be withdrawn after publication.")]
    public void Irrevocability_written_out_is_the_perpetual_rule(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.perpetual"), _space.Extract(text).Indices);

    [Fact]
    public void Sublicensing_counts_as_licence_wording()
    {
        var absence = FeatureIndex.Absence(_space, "own.absent.rights");
        var features = _space.Extract("We may sublicense these rights to companies in our group and to our distribution partners.").Indices;

        Assert.Contains(FeatureIndex.Rule(_space, "own.sublicensable"), features);
        Assert.DoesNotContain(absence, features);
    }

    [Fact]
    public void A_grant_that_cannot_be_revoked_is_content_ownership()
    {
        var result = fixture.Classifier.Classify(
            "Members keep the copyright in their photos but grant us a licence to display them in our yearbook, which cannot be revoked once the yearbook is printed.");

        Assert.Contains(ClauseLabels.ContentOwnership, result.Labels);
    }
}
