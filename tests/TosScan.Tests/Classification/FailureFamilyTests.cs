using TosScan.Classification;

namespace TosScan.Tests.Classification;

/// <summary>
/// Our own paraphrases of every failure family found by reading the flags of a scan of real
/// networks (issue 12). Each sentence was written for this test; none is copied from a document.
/// </summary>
public sealed class FailureFamilyTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private readonly IClauseClassifier _classifier = fixture.Classifier;

    [Theory]
    [InlineData("We don’t sell your personal information to advertisers.", "We don't sell your personal information to advertisers.")]
    [InlineData("We won’t share your details with marketing partners.", "We won't share your details with marketing partners.")]
    [InlineData("We do not give your data to data brokers — ever.", "We do not give your data to data brokers, ever.")]
    [InlineData("We never\u00A0sell your data to advertising networks.", "We never sell your data to advertising networks.")]
    [InlineData("We never s\u00ADell your data to adver\u200Btisers.", "We never sell your data to advertisers.")]
    public void Typography_does_not_change_the_flags(string typographic, string plain)
    {
        var curly = _classifier.Classify(typographic);
        var straight = _classifier.Classify(plain);

        Assert.Equal(straight.Labels, curly.Labels);
        Assert.Equal(straight.Protective, curly.Protective);
        foreach (var (label, score) in straight.Scores)
        {
            Assert.Equal(score, curly.Scores[label], 3);
        }
    }

    [Fact]
    public void A_curly_apostrophe_denial_of_selling_is_protective()
    {
        var result = _classifier.Classify("We don’t sell your personal information to advertisers.");

        Assert.Contains(ClauseLabels.NoMarketingSharing, result.Protective);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, result.Labels);
    }

    // Seventeenth round: US policies quote the statutory terms they deny; the quotation mark used to
    // end the negation, so the denial read as a sale.
    [Theory]
    [InlineData("We do not \"sell\" the personal information of our members.", "We do not sell the personal information of our members.")]
    [InlineData("Larchmoor does not \u201Csell\u201D personal information, as those words are defined by state privacy laws.", "Larchmoor does not sell personal information, as those words are defined by state privacy laws.")]
    [InlineData("We do not knowingly \"sell\" the personal information of members younger than 16.", "We do not knowingly sell the personal information of members younger than 16.")]
    public void A_quoted_verb_is_denied_like_a_plain_one(string quoted, string plain)
    {
        var withQuotes = _classifier.Classify(quoted);
        var withoutQuotes = _classifier.Classify(plain);

        Assert.Contains(ClauseLabels.NoMarketingSharing, withoutQuotes.Protective);
        Assert.Equal(withoutQuotes.Protective, withQuotes.Protective);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, withQuotes.Labels);
    }

    [Fact]
    public void Evidence_found_through_folded_typography_points_at_the_original_words()
    {
        const string text = "We don’t sell your personal information to advertisers.";

        var result = _classifier.Classify(text);

        var evidence = Assert.Single(result.Findings, f => f.Label == ClauseLabels.NoMarketingSharing).Evidence;
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(text.Substring(e.Span.Start, e.Span.Length), e.Text));
    }

    [Theory]
    [InlineData("You must not copy, adapt, modify, rent, lease, license or sublicense any part of the app.")]
    [InlineData("You may not reproduce, distribute, sell, sublicense or create derivative works from our software.")]
    [InlineData("Users are not allowed to license, sublicense, transfer or commercially exploit the service or its code.")]
    public void A_prohibition_on_the_user_is_not_a_grant_of_rights(string text)
    {
        Assert.DoesNotContain(ClauseLabels.ContentOwnership, _classifier.Classify(text).Labels);
    }

    [Theory]
    [InlineData("Any claim about trademarks, copyrights, patents or moral rights will be settled by binding arbitration.")]
    [InlineData("You may use your own posts to promote your shop or your channel.")]
    [InlineData("Disputes over intellectual property, including copyright and patent claims, are heard by the courts of Ireland.")]
    [InlineData("Sponsored content includes paid product mentions, endorsements and sponsorship deals.")]
    [InlineData("When you publish branded content you must tag the business partner and follow our promotion rules.")]
    [InlineData("If you post commercial, sponsored or branded videos, you must follow our Paid Partnership Guidelines.")]
    public void Topic_words_without_the_practice_are_not_content_ownership(string text)
    {
        Assert.DoesNotContain(ClauseLabels.ContentOwnership, _classifier.Classify(text).Labels);
    }

    [Theory]
    [InlineData("We may show your profile picture beside sponsored content without paying you.")]
    [InlineData("You let us use your videos in our promotional campaigns and in paid ads elsewhere.")]
    public void User_content_put_to_commercial_use_is_still_content_ownership(string text)
    {
        Assert.Contains(ClauseLabels.ContentOwnership, _classifier.Classify(text).Labels);
    }

    [Theory]
    [InlineData("Please keep a backup of anything you upload.")]
    [InlineData("We suggest saving a copy of your messages for your own records.")]
    [InlineData("Once you delete a video, it is fully erased from our servers.")]
    [InlineData("We won’t keep your pictures after you close your account.")]
    public void Advice_and_denials_are_not_indefinite_retention(string text)
    {
        Assert.DoesNotContain(ClauseLabels.IndefiniteRetention, _classifier.Classify(text).Labels);
    }

    // v2 ruling 3 (eighth round): keeping with no period named is indefinite retention; holding
    // data for a legal request is a legal duty, so it carries no retention flag.
    [Theory]
    [InlineData("We keep a log of every song you play and every playlist you make.")]
    [InlineData("We store the voice messages you exchange with your friends.")]
    [InlineData("Once a friend has saved your clip, a copy may remain on their phone after you delete it.")]
    public void Keeping_with_no_period_named_is_indefinite_retention(string text)
    {
        Assert.Contains(ClauseLabels.IndefiniteRetention, _classifier.Classify(text).Labels);
    }

    // Twenty-second round: keeping "as long as we need it to" run a named part of the service is tied
    // to running it (no label); needed for nothing named, it is left to the provider.
    [Theory]
    [InlineData("We hold on to your saved routes for as long as we need them to provide turn-by-turn navigation.")]
    [InlineData("Refund requests are kept as long as we need them to resolve the request.")]
    public void Keeping_as_long_as_needed_to_run_the_service_is_not_indefinite_retention(string text)
    {
        Assert.DoesNotContain(ClauseLabels.IndefiniteRetention, _classifier.Classify(text).Labels);
    }

    [Fact]
    public void Keeping_as_long_as_the_provider_needs_it_is_indefinite_retention()
    {
        Assert.Contains(ClauseLabels.IndefiniteRetention, _classifier.Classify("We keep your saved routes for as long as we need it.").Labels);
    }

    [Theory]
    [InlineData("Data named in a valid legal request is not erased until that request has been dealt with.")]
    [InlineData("Where a court order requires it, we hold the relevant account records until the order lapses.")]
    [InlineData("Your profile is stored on servers located in Canada.")]
    public void Legal_holds_and_places_of_storage_are_not_indefinite_retention(string text)
    {
        Assert.DoesNotContain(ClauseLabels.IndefiniteRetention, _classifier.Classify(text).Labels);
    }

    [Theory]
    [InlineData("Beyond the permission above, we claim no intellectual property rights in the drawings you share.")]
    [InlineData("Pebblecast makes no claim to the copyright in episodes its hosts publish.")]
    [InlineData("We assert no ownership over the recipes you add to your cookbook.")]
    [InlineData("Each quilt pattern in the library belongs to its original creator.")]
    [InlineData("Photographers retain full ownership of the pictures they share on Snapfold.")]
    [InlineData("Songwriters keep the copyright in their lyrics; we only host them.")]
    public void A_denial_worded_as_no_claim_or_owners_named_in_the_third_person_protect_ownership(string text)
    {
        var result = _classifier.Classify(text);

        Assert.Contains(ClauseLabels.ProtectsOwnership, result.Protective);
        Assert.DoesNotContain(ClauseLabels.ContentOwnership, result.Labels);
    }

    [Theory]
    [InlineData("We claim no responsibility for links members post to other sites.")]
    [InlineData("We make no claims about how accurate the bus times in the app are.")]
    public void No_claim_about_something_else_is_not_protective(string text)
    {
        Assert.DoesNotContain(ClauseLabels.ProtectsOwnership, _classifier.Classify(text).Protective);
    }

    [Theory]
    [InlineData("When you tap an advert, we may get information from the advertiser about what you did next.")]
    [InlineData("Partners that run ads may tell us when someone installs an app after seeing an ad on our service.")]
    public void Data_coming_in_is_not_marketing_sharing(string text)
    {
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, _classifier.Classify(text).Labels);
    }

    // Twenty-third round: US state privacy laws' names for sharing with advertisers. A way to opt out
    // of a "sale", "sharing" or targeted advertising says the practice is on by default.
    [Theory]
    [InlineData("You can opt out of the sale or sharing of your personal data for targeted ads in your privacy settings.")]
    [InlineData("Use the form below to opt out of selling and sharing of your information for targeted advertising.")]
    public void An_opt_out_of_sale_sharing_or_targeted_advertising_is_marketing_by_default(string text)
    {
        var result = _classifier.Classify(text);

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, result.Labels);
        Assert.Equal("opt_out", result.Consent);
    }

    [Theory]
    [InlineData("We do not \"sell\" or \"share\" personal information, as those terms are defined under state privacy laws.")]
    [InlineData("Pebblecast has not sold or shared personal information as those terms are defined in the CCPA.")]
    [InlineData("We do not sell or share personal data to choose the ads you see from what you do in the app (\u201cTargeted Advertising\u201d).")]
    public void A_denial_in_the_state_laws_words_is_not_marketing(string text)
    {
        var result = _classifier.Classify(text);

        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, result.Labels);
        Assert.Contains(ClauseLabels.NoMarketingSharing, result.Protective);
    }

    [Theory]
    [InlineData("By posting, you give us a perpetual, irrevocable, sublicensable licence to use your photos, and your public posts stay visible after your account is closed.")]
    [InlineData("You grant us a worldwide, transferable licence to use, copy and distribute your content, which survives termination, and we may keep backups of it.")]
    public void A_reason_names_only_wording_of_its_own_practice(string text)
    {
        var finding = Assert.Single(_classifier.Classify(text).Findings, f => f.Label == ClauseLabels.ContentOwnership);

        foreach (var retentionGloss in new[] { "keeping data", "copies in backups", "after deletion", "content that stays public", "copies kept after deletion", "data kept indefinitely" })
        {
            Assert.DoesNotContain(retentionGloss, finding.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("The licence you grant us in a review does not end when you remove the review from your page.")]
    [InlineData("If you close your account, the rights you gave us over your recordings will not end.")]
    [InlineData("Sublicences we granted to broadcasters while your film was online stay in force after you remove it.")]
    [InlineData("Even after erasing your profile, the licence for pictures you put in shared albums continues.")]
    public void A_licence_said_to_outlive_deletion_is_content_ownership(string text)
    {
        Assert.Contains(ClauseLabels.ContentOwnership, _classifier.Classify(text).Labels);
    }
}
