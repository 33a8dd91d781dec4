using TosScan.Classification;
using TosScan.Classification.Features;

namespace TosScan.Tests.Classification.Features;

/// <summary>
/// Two marketing rules that real policies tripped: "send you offers" is a third party's own purpose
/// only when a third party does the sending, and aggregate statistics passed to advertisers are the
/// hard negative LABELS.md names, so they get a conjunction of their own the model can weigh.
/// </summary>
public sealed class MarketingRulesTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private readonly FeatureSpace _space = ((ClauseClassifier)fixture.Classifier).Space;

    [Theory]
    [InlineData("We share your email address with partners who may send you offers for their products.")]
    [InlineData("We give your details to selected companies, and those companies may contact you with promotions.")]
    [InlineData("We pass your name to sponsors and allow them to email you about their services.")]
    [InlineData("Third parties may use the data for their own marketing purposes.")]
    public void Third_party_purposes_fire_when_a_third_party_reaches_out(string text) =>
        Assert.Contains(Rule("mkt.their_own_purposes"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("We may use your email address to send you offers about our own products.")]
    [InlineData("We will contact you with promotions we think you will like.")]
    [InlineData("Our team may also send you marketing about new features.")]
    public void The_providers_own_offers_are_not_a_third_partys_purpose(string text) =>
        Assert.DoesNotContain(Rule("mkt.their_own_purposes"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Your address is never sold or handed to other companies for their own mailings.")]
    [InlineData("The Provider shall not disclose, sell, license or otherwise transfer the User's personal data to any third party for direct marketing purposes.")]
    [InlineData("The numbers you upload are used only to find friends; we will never use them for advertising or pass them to anyone else for marketing.")]
    [InlineData("Our hosting and payment vendors are contractually prohibited from selling your data or using it for their own advertising.")]
    [InlineData("Processors we engage are forbidden to share your details with marketers.")]
    [InlineData("We will not sell the e-mail addresses in your account, provide them to partner brands for their promotions, or pass them to data brokers.")]
    [InlineData("Teenagers' viewing data is something we do not sell to anyone, share with advertisers for their campaigns or use to target ads.")]
    [InlineData("We don’t sell the photos and profile details of pupils, share them with marketing partners for their own mailings, or trade them with list brokers.")]
    public void Denials_in_passive_voice_lists_and_pronouns_are_protective(string text)
    {
        var result = fixture.Classifier.Classify(text);

        Assert.Contains(ClauseLabels.NoMarketingSharing, result.Protective);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, result.Labels);
    }

    [Fact]
    public void Aggregate_statistics_passed_to_advertisers_fire_the_aggregate_conjunction()
    {
        var combination = Combination("mkt.combo.aggregate_to_others");
        Assert.Contains(combination, _space.Extract("We share aggregated audience statistics with advertisers and sponsors.").Indices);
        Assert.DoesNotContain(combination, _space.Extract("We share your name and email address with advertisers and sponsors.").Indices);
        Assert.DoesNotContain(combination, _space.Extract("We publish aggregated statistics about downloads.").Indices);
    }

    [Fact]
    public void The_providers_own_newsletter_paragraph_is_not_flagged_but_an_ad_network_paragraph_is()
    {
        var own = fixture.Classifier.Classify(
            "Keeping in touch. We use the address you registered with to email you our newsletter and seasonal discounts on our plans. Every message has an unsubscribe link.");
        var others = fixture.Classifier.Classify(
            "Advertising. Ad networks that show banners in the app collect your device identifier and the screens you open, and use them to target advertising at you on other apps.");

        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, own.Labels);
        Assert.Contains(ClauseLabels.ThirdPartyMarketing, others.Labels);
    }

    [Theory]
    [InlineData("Vendors are prohibited from selling it.")]
    [InlineData("Partners are barred from using your data for advertising.")]
    public void A_prohibition_of_selling_is_a_denial(string text) =>
        Assert.Contains(Rule("mkt.deny_share"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Shops that sold you a tablet may tell us the date it was bought.")]
    [InlineData("We may sell you add-ons inside the app.")]
    [InlineData("Our logos, trade names and trade secrets belong to us.")]
    public void Selling_goods_to_the_user_and_trade_names_are_not_selling_data(string text) =>
        Assert.DoesNotContain(Rule("mkt.sell_verb"), _space.Extract(text).Indices);

    [Fact]
    public void Goods_sold_to_the_user_followed_by_a_third_party_is_not_data_passed_on() =>
        Assert.DoesNotContain(
            Rule("mkt.flow_to_others"),
            _space.Extract("We hear from shops that sold you a speaker, and from login providers if you sign in with a third-party account.").Indices);

    [Fact]
    public void Data_sold_to_a_third_party_is_still_passed_on() =>
        Assert.Contains(
            Rule("mkt.flow_to_others"),
            _space.Extract("We sold your listening history to a third-party research firm.").Indices);

    [Theory]
    [InlineData("We sell your viewing history to research firms.")]
    [InlineData("We may trade your contact details with list brokers.")]
    public void Selling_data_is_still_the_sell_rule(string text) =>
        Assert.Contains(Rule("mkt.sell_verb"), _space.Extract(text).Indices);

    [Fact]
    public void Tracking_cookies_said_never_to_load_are_a_denial_not_tracking()
    {
        var features = _space.Extract("For pupils, advertising cookies are never loaded on our pages.").Indices;

        Assert.DoesNotContain(Rule("mkt.tracking"), features);
        Assert.Contains(Rule("mkt.deny_share"), features);
        Assert.Contains(Rule("mkt.tracking"), _space.Extract("For visitors, advertising cookies are loaded on our pages.").Indices);
    }

    [Theory]
    [InlineData("Advertising partners share information with us, such as cookie identifiers and hashed email addresses.")]
    [InlineData("We use information that partners and other third parties provide us about your activity on their sites.")]
    [InlineData("Information shared by ad partners may be combined with the other information we hold about you.")]
    [InlineData("Some advertisers enable us to collect similar information directly from their websites.")]
    [InlineData("If you click one of our ads on another platform, we may receive information about which ad you saw.")]
    public void Data_others_send_to_the_provider_is_data_received(string text) =>
        Assert.Contains(Rule("mkt.receive_from"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("We share information you share with us with advertisers.")]
    [InlineData("We provide your email address to partners for their marketing.")]
    public void The_users_own_disclosures_and_data_going_out_are_not_data_received(string text) =>
        Assert.DoesNotContain(Rule("mkt.receive_from"), _space.Extract(text).Indices);

    [Fact]
    public void A_verb_whose_subject_is_the_provider_is_not_advertisers_collecting()
    {
        Assert.DoesNotContain(Rule("mkt.marketer_collects"), _space.Extract("When we advertise on third party platforms and you click on the ad, we may receive information about it.").Indices);
        Assert.Contains(Rule("mkt.marketer_collects"), _space.Extract("Third party ad networks may collect information about your visits to our site.").Indices);
    }

    // v2 ruling 2: a company doing marketing for the provider is marketing, however it is introduced.
    [Theory]
    [InlineData("We use outside contractors that carry out tasks for us, such as payroll, data storage and marketing.")]
    [InlineData("Our suppliers perform various services on our behalf, including mailing our promotional emails.")]
    [InlineData("We work with agencies that provide us with advertising and market analysis.")]
    [InlineData("We rely on partners for things like hosting, advertising and support on our behalf.")]
    public void Companies_doing_marketing_for_the_provider_fire_the_vendor_rule(string text) =>
        Assert.Contains(Rule("mkt.vendor_marketing"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Contractors that work for us, such as hosting and payment companies, may not use your data for their own marketing.")]
    [InlineData("We use service providers on our behalf, such as cloud hosting and customer support.")]
    [InlineData("We send our own marketing emails to you.")]
    public void Companies_that_only_run_the_service_or_are_barred_from_marketing_do_not(string text) =>
        Assert.DoesNotContain(Rule("mkt.vendor_marketing"), _space.Extract(text).Indices);

    // Twenty-third round: the practices US state privacy laws name, in the provider's words.
    [Theory]
    [InlineData("You can switch off sale, sharing and targeted advertising in the app's privacy settings.")]
    [InlineData("Opt out of having your personal details shared for targeted ads.")]
    [InlineData("Opt out of targeted advertising")]
    [InlineData("We process opt-out requests for sales and sharing within 15 days.")]
    [InlineData("Parts of our ad measurement may count as a \u201csale\u201d under some state laws.")]
    [InlineData("We share identifiers for cross-context behavioral advertising.")]
    public void Sale_sharing_and_targeted_advertising_as_state_laws_name_them_fire_the_state_law_rule(string text) =>
        Assert.Contains(Rule("mkt.state_law_sale"), _space.Extract(text).Indices);

    [Theory]
    [InlineData("Opt out of promotional e-mails by clicking unsubscribe in any of them.")]
    [InlineData("Tap the \u201cshare\u201d button to send a video to a friend.")]
    [InlineData("If the company is sold, your data may pass to the buyer.")]
    [InlineData("We do not sell or share your data to pick the ads you see from your activity (\u201cTargeted Advertising\u201d).")]
    [InlineData("Nothing here is a sale (\"Sale\") of your data.")]
    public void Opt_outs_of_other_things_share_buttons_mergers_and_defined_terms_do_not(string text) =>
        Assert.DoesNotContain(Rule("mkt.state_law_sale"), _space.Extract(text).Indices);

    [Fact]
    public void A_denial_in_the_state_laws_words_is_the_negated_flavour()
    {
        var features = _space.Extract("We do not \"sell\" your personal information.");
        Assert.DoesNotContain(Rule("mkt.state_law_sale"), features.Indices);
        Assert.Contains(Rule("mkt.state_law_sale") + 1, features.Indices);
    }

    private int Rule(string name) => FeatureIndex.Rule(_space, name);

    private int Combination(string name) => FeatureIndex.Combination(_space, name);
}
