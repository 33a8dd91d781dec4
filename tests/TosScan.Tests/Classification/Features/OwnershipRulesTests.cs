using TosScan.Classification;
using TosScan.Classification.Features;

namespace TosScan.Tests.Classification.Features;

/// <summary>
/// An irrevocable licence can be written as "cannot be revoked", and a clause that sublicenses the
/// user's content has licence wording even when it never says "licence". A licence outlives deletion
/// in many wordings ("does not end when you delete", "stays in effect after you remove it"), and a
/// negator turns "the licence ends on deletion" into its opposite.
/// </summary>
public sealed class OwnershipRulesTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private readonly FeatureSpace _space = ((ClauseClassifier)fixture.Classifier).Space;

    [Theory]
    [InlineData("Once your recipe is in the shared cookbook, the licence you granted cannot be revoked.")]
    [InlineData("This permission is not revocable.")]
    [InlineData("Your consent to this use may not be withdrawn after publication.")]
    [InlineData("Once a clip is uploaded, this licence can't be ended by you.")]
    public void Irrevocability_written_out_is_the_perpetual_rule(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.perpetual"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("The rights you give us in your videos do not end when you delete them.")]
    [InlineData("This licence will not terminate if you close your account or remove the photo.")]
    [InlineData("Licences we passed on to partners before you removed a post stay in effect.")]
    [InlineData("Once a recording is deleted, our licence to copies already shared with others continues.")]
    [InlineData("After you delete a review, we may continue to display it on the seller's page.")]
    [InlineData("Deleting your account does not end the licence you gave us for your uploads.")]
    [InlineData("If you close your account, the rights you gave us over your recordings will not end.")]
    [InlineData("We may continue to show your artwork in the gallery even after you close your account.")]
    [InlineData("Other members may retain and continue to use the recipes you shared.")]
    [InlineData("We may continue to show your maps to other players after you stop using the app.")]
    public void A_licence_that_outlives_deletion_is_the_survival_rule(string text)
    {
        var features = _space.Extract(text).Indices;

        Assert.Contains(FeatureIndex.Rule(_space, "own.survives"), features);
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.license_ends"), features);
    }

    [Theory]
    [InlineData("These Terms remain in effect until either of us ends them.")]
    [InlineData("You may continue to use the app offline.")]
    [InlineData("Match results may be kept permanently in the league archive, even if you close your account.")]
    [InlineData("If you close your account, your saved drafts will not expire.")]
    public void Survival_wording_without_a_deletion_or_without_a_licence_is_not_survival(string text) =>
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.survives"), _space.Extract(text).Indices);

    [Fact]
    public void A_licence_that_ends_on_deletion_is_still_the_end_rule() =>
        Assert.Contains(
            FeatureIndex.Rule(_space, "own.license_ends"),
            _space.Extract("The licence ends as soon as you delete the content from your profile.").Indices);

    [Theory]
    [InlineData("The licence you gave us for your drawings lasts as long as they are online.")]
    [InlineData("Rights you have granted to us in your stories are described below.")]
    public void A_grant_in_the_past_tense_is_still_a_grant_by_the_user(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.grant_by_user"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Artists retain the copyright in every sketch they upload.")]
    [InlineData("Members keep all ownership rights in the tracks they publish.")]
    [InlineData("Students and their teachers keep title to the essays they hand in.")]
    [InlineData("Each comic belongs to the original content creator.")]
    public void Ownership_kept_by_users_named_in_the_third_person_is_the_retains_rule(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.user_retains"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Members keep their data in folders they can share.")]
    [InlineData("Users who own copyright in material posted here may send us a notice.")]
    public void Users_keeping_something_other_than_title_or_owning_it_in_a_relative_clause_is_not_the_retains_rule(string text) =>
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.user_retains"), _space.Extract(text).Indices);

    [Fact]
    public void Not_claiming_rights_to_users_content_is_the_denied_ownership_claim()
    {
        var features = _space.Extract("Loomly does not claim any rights to the patterns you post.").Indices;

        Assert.Contains(FeatureIndex.Rule(_space, "own.claim_ownership") + 1, features);
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.claim_ownership"), features);
    }

    [Fact]
    public void Claiming_rights_to_the_providers_own_marks_is_not_an_ownership_claim() =>
        Assert.DoesNotContain(
            FeatureIndex.Rule(_space, "own.claim_ownership"),
            _space.Extract("We claim rights to the Loomly name and logo.").Indices);

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

    [Theory]
    [InlineData("You must not (or help anyone else to) directly, by automated means or otherwise, access, copy, adapt, modify, distribute, license, sublicense or otherwise exploit the app.")]
    [InlineData("Users may not (and may not let others) rent, lease, license or sublicense any part of the software.")]
    [InlineData("You agree not to decompile the game client, or to resell access to your account.")]
    public void A_prohibition_with_a_parenthesis_or_a_long_list_is_the_prohibition_rule(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.user_prohibited"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("You grant us a licence to your posts, and you may not revoke this licence once they are published.")]
    [InlineData("You waive, and agree not to assert against us or anyone we license, any moral rights in your videos.")]
    [InlineData("You grant us a perpetual, sublicensable licence to use what you upload.")]
    public void A_grant_the_user_cannot_take_back_is_not_a_prohibition(string text) =>
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.user_prohibited"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Nothing here entitles you to a share of the revenue from any monetisation of your videos.")]
    [InlineData("We use your posts for three things: to run the service; to keep it safe; and to promote and market it.")]
    public void Monetisation_of_user_content_and_its_use_to_market_the_service_are_commercial_use(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("A video may be ineligible for monetization if it breaks our community rules.")]
    [InlineData("We use your content only to run the service, and never to market our products.")]
    [InlineData("Creators can monetise their own channels through our partner programme.")]
    public void The_users_own_earnings_and_a_denied_marketing_use_are_not_commercial_use(string text) =>
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("If you post commercial, sponsored or branded material, follow our Paid Partnership Guidelines.")]
    [InlineData("You must not post promotional links in other people's comments.")]
    public void Post_as_the_users_verb_before_commercial_words_is_not_commercial_use(string text) =>
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("We may post your name and photo beside sponsored stories.")]
    [InlineData("You give us a licence to publish the clips you post, including in advertising.")]
    public void The_providers_use_of_what_the_user_posts_is_still_commercial_use(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract(text).Indices);

    [Fact]
    public void The_users_own_promotion_with_their_content_is_not_commercial_use_by_the_provider()
    {
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract("You may use your Content to promote your business or your band.").Indices);
        Assert.Contains(FeatureIndex.Rule(_space, "own.commercial_use"), _space.Extract("We may use your Content to promote our business.").Indices);
    }

    [Fact]
    public void An_end_the_user_cannot_choose_is_irrevocable_only_when_the_user_is_named()
    {
        Assert.DoesNotContain(FeatureIndex.Rule(_space, "own.perpetual"), _space.Extract("Your subscription cannot be cancelled during the first month.").Indices);
        Assert.Contains(FeatureIndex.Rule(_space, "own.perpetual"), _space.Extract("The permission in this section cannot be cancelled by you.").Indices);
    }

    [Theory]
    [InlineData("To the extent the law allows, you give up any moral and patrimonial rights in the drawings you post.")]
    [InlineData("You waive any moral or personality rights in your recordings.")]
    public void Moral_rights_named_beside_their_civil_law_siblings_are_still_moral_rights(string text) =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.moral_rights"), _space.Extract(text).Indices);

    [Fact]
    public void Whatever_the_user_creates_is_user_content() =>
        Assert.Contains(FeatureIndex.Rule(_space, "own.user_content"), _space.Extract("We may show whatever you create in the editor on our home page.").Indices);
}
