using TosScan.Classification;

namespace TosScan.Tests.Classification;

public sealed class ClauseClassifierTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private readonly IClauseClassifier _classifier = fixture.Classifier;

    [Theory]
    [InlineData("We never sell your data to advertisers.")]
    [InlineData("We do not sell or rent your personal information to third parties for their marketing purposes.")]
    [InlineData("Under no circumstances will we share your contact details with marketers.")]
    public void A_denial_of_marketing_sharing_is_protective_not_risky(string text)
    {
        var result = _classifier.Classify(text);

        Assert.Contains(ClauseLabels.NoMarketingSharing, result.Protective);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, result.Labels);
        Assert.Null(result.Consent);
    }

    [Fact]
    public void The_same_sharing_without_the_negation_is_marketing()
    {
        var result = _classifier.Classify("We sell your data to advertisers.");

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, result.Labels);
        Assert.DoesNotContain(ClauseLabels.NoMarketingSharing, result.Protective);
    }

    [Fact]
    public void Sharing_with_a_payment_processor_is_not_marketing()
    {
        var result = _classifier.Classify("We share your card details with our payment processor solely to process payments on our behalf.");

        Assert.Empty(result.Labels);
    }

    [Fact]
    public void A_licence_granted_to_the_user_is_not_content_ownership()
    {
        var result = _classifier.Classify("We grant you a limited, non-exclusive, non-transferable licence to use the app on your own device.");

        Assert.DoesNotContain(ClauseLabels.ContentOwnership, result.Labels);
    }

    [Fact]
    public void A_perpetual_sublicensable_licence_from_the_user_is_content_ownership()
    {
        var result = _classifier.Classify("By posting content, you grant us a perpetual, irrevocable, worldwide, sublicensable licence to use, copy and distribute it.");

        var finding = Assert.Single(result.Findings, f => f.Label == ClauseLabels.ContentOwnership);
        Assert.True(finding.Score >= finding.Threshold);
        Assert.Contains("perpetual", finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We keep your messages indefinitely, even after you delete your account.", ClauseLabels.IndefiniteRetention)]
    [InlineData("Server logs are deleted after 30 days.", ClauseLabels.BoundedRetention)]
    [InlineData("You retain ownership of all content you post.", ClauseLabels.ProtectsOwnership)]
    public void Time_and_ownership_expressions_are_recognised(string text, string label)
    {
        var result = _classifier.Classify(text);

        Assert.Contains(label, result.Labels.Concat(result.Protective));
    }

    [Theory]
    [InlineData("We may share your email address and interests with advertising partners for their own marketing purposes.", ClauseLabels.NoConsent)]
    [InlineData("We may share your email address and interests with advertising partners for their own marketing purposes, but only with your consent.", ClauseLabels.OptIn)]
    [InlineData("We may share your email address and interests with advertising partners for their own marketing purposes. You can opt out at any time in your privacy settings.", ClauseLabels.OptOut)]
    [InlineData("If you tick the 'Partner offers' box, we share your email address with advertising partners for their own marketing purposes.", ClauseLabels.OptIn)]
    [InlineData("Where you have given your consent, we share your email address with advertising partners for their own marketing purposes.", ClauseLabels.OptIn)]
    [InlineData("We share your email address with advertising partners for their own marketing purposes unless you tell us not to.", ClauseLabels.OptOut)]
    [InlineData("We share your email address with advertising partners for their own marketing purposes. If you would rather not be included, reply STOP.", ClauseLabels.OptOut)]
    [InlineData("Advertising partners place their own cookies on our site to show you targeted ads, but only after you click \"Accept all\" in our cookie banner.", ClauseLabels.OptIn)]
    [InlineData("We pass your name and email address to the partner for its own marketing only once you confirm on the offer screen.", ClauseLabels.OptIn)]
    [InlineData("We share your email address with partners for their own marketing when you tap Claim and confirm that you agree to share your details.", ClauseLabels.OptIn)]
    [InlineData("Our affiliate may use your email address to send you its own marketing offers, unless you turn off \"Affiliate offers\" in Settings.", ClauseLabels.OptOut)]
    [InlineData("We share your email address with partners for their own marketing; you can turn this setting off at any time.", ClauseLabels.OptOut)]
    [InlineData("We share subscriber names and addresses with other companies for their marketing. If you would prefer that we not share your details, email us.", ClauseLabels.OptOut)]
    public void Consent_is_read_from_the_consent_phrases(string text, string consent)
    {
        var result = _classifier.Classify(text);

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, result.Labels);
        Assert.Equal(consent, result.Consent);
        Assert.Equal(consent, Assert.Single(result.Findings, f => f.Label == ClauseLabels.ThirdPartyMarketing).Consent);
    }

    [Fact]
    public void Evidence_offsets_point_at_the_triggering_words()
    {
        // The heading must carry no retention weight of its own: "Account" did before the real-register
        // clauses (many about closed or deactivated accounts) gave "account" a small retention weight,
        // and then it is, correctly, evidence.
        const string text = "Inbox basics. We keep your messages indefinitely, even after you delete your account.";

        var result = _classifier.Classify(text);

        var evidence = result.Evidence.Where(e => e.Label == ClauseLabels.IndefiniteRetention).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.Text, e.Span.Slice(text)));
        Assert.Contains(evidence, e => e.Span.Slice(text) == "indefinitely");
        Assert.All(evidence, e => Assert.True(e.Span.Start >= text.IndexOf("We keep", StringComparison.Ordinal), $"evidence '{e.Text}' lies in the heading"));
    }

    [Fact]
    public void An_ordinary_clause_gets_no_label_and_every_score()
    {
        var result = _classifier.Classify("These terms are governed by the laws of the State of California.");

        Assert.Empty(result.Findings);
        Assert.Equal(ClauseLabels.All.Order(), result.Scores.Keys.Order());
        Assert.All(result.Scores.Values, s => Assert.InRange(s, 0, 1));
    }

    [Fact]
    public void A_risky_sentence_inside_a_long_paragraph_is_still_found()
    {
        var text = string.Join(" ", Enumerable.Repeat("You must keep your password safe and tell us about any unauthorised use of your account.", 6))
            + " We may keep copies of your posts in our archives permanently.";

        var result = _classifier.Classify(text);

        Assert.Contains(ClauseLabels.IndefiniteRetention, result.Labels);
    }

    [Fact]
    public void Concurrent_calls_give_the_same_results_as_sequential_ones()
    {
        string[] texts =
        [
            "We never sell your data to advertisers.",
            "We keep your messages indefinitely.",
            "You grant us a perpetual, irrevocable licence to your photos.",
            "Server logs are deleted after 30 days.",
        ];
        var expected = texts.Select(t => _classifier.Classify(t).Scores).ToArray();

        var actual = new IReadOnlyDictionary<string, double>[400];
        Parallel.For(0, actual.Length, i => actual[i] = _classifier.Classify(texts[i % texts.Length]).Scores);

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], actual[i]);
        }
    }
}
