using TosScan.Classification;
using TosScan.Tests.Classification.Features;

namespace TosScan.Tests.Classification;

/// <summary>
/// A paragraph is also scored sentence by sentence; features that frame the whole paragraph (a notice
/// of California disclosure rights) must reach its sentences, or one sentence that describes the
/// right reads like a statement that data is disclosed.
/// </summary>
public sealed class ParagraphContextTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private const string Notice = "Your California Privacy Rights. Residents may ask us for a list of the third parties to which we disclosed personal information for their direct marketing purposes in the last year. Send requests to our privacy office.";
    private const string Disclosure = "We disclosed personal information to third parties for their direct marketing purposes in the last year.";

    private readonly ClauseClassifier _classifier = (ClauseClassifier)fixture.Classifier;

    [Fact]
    public void A_sentence_inherits_the_paragraph_framing_with_no_evidence_span()
    {
        var space = _classifier.Space;
        var notice = FeatureIndex.Rule(space, "mkt.rights_notice");
        var sentence = space.Extract("Send requests to our privacy office.");
        Assert.DoesNotContain(notice, sentence.Indices);

        var inherited = space.WithParagraphContext(sentence, space.Extract(Notice));

        var at = Array.IndexOf(inherited.Indices, notice);
        Assert.True(at >= 0);
        Assert.Equal(inherited.Indices.Order(), inherited.Indices);
        Assert.Equal(inherited.Hits[at].Start, inherited.Hits[at].End);
        // The paragraph also has a disclosure verb, so the conjunction comes along with the rule.
        var combination = FeatureIndex.Combination(space, "mkt.combo.rights_notice_disclosure");
        Assert.Contains(combination, inherited.Indices);
        Assert.Equal(sentence.Indices.Length + 2, inherited.Indices.Length);
    }

    [Fact]
    public void A_paragraph_without_framing_leaves_the_sentence_unchanged()
    {
        var space = _classifier.Space;
        var sentence = space.Extract(Disclosure);

        Assert.Same(sentence, space.WithParagraphContext(sentence, space.Extract(Disclosure + " Contact us with questions.")));
    }

    [Fact]
    public void A_notice_of_disclosure_rights_scores_below_a_statement_of_disclosure()
    {
        var notice = _classifier.Classify(Notice);
        var disclosure = _classifier.Classify(Disclosure);

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, disclosure.Labels);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, notice.Labels);
        Assert.True(notice.Scores[ClauseLabels.ThirdPartyMarketing] < disclosure.Scores[ClauseLabels.ThirdPartyMarketing] - 0.2);
    }
}
