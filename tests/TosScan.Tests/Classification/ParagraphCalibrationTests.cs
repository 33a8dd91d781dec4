using TosScan.Classification;
using TosScan.Classification.Features;
using TosScan.Classification.Models;

namespace TosScan.Tests.Classification;

/// <summary>
/// A text of several sentences is scored by its best unit, so it has several chances to cross a
/// threshold; a label trained with a paragraph calibration judges such a text by that calibration and
/// threshold, and a one-sentence text by the label's own. The model here has no weights, only a bias,
/// so every unit of every text gets the same margin and only the calibration chosen differs.
/// </summary>
public sealed class ParagraphCalibrationTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    private const string OneSentence = "We pass your e-mail address to partners.";
    private const string TwoSentences = "We pass your e-mail address to partners. They may write to you.";

    private readonly FeatureSpace _space = ((ClauseClassifier)fixture.Classifier).Space;

    [Fact]
    public void A_text_of_several_sentences_is_judged_by_the_paragraph_threshold()
    {
        // Margin 0.85 -> score 0.70 under Platt(-1, 0): over the one-sentence threshold 0.5, under the paragraph threshold 0.8.
        var classifier = ClassifierWith(new LabelModel(ClauseLabels.ThirdPartyMarketing, new float[_space.Dimension], 0.85f, new PlattParameters(-1, 0), 0.5, paragraphs: (new PlattParameters(-1, 0), 0.8)));

        var one = classifier.Classify(OneSentence);
        var two = classifier.Classify(TwoSentences);

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, one.Labels);
        Assert.Equal(0.5, Assert.Single(one.Findings).Threshold);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, two.Labels);
        Assert.Equal(one.Scores[ClauseLabels.ThirdPartyMarketing], two.Scores[ClauseLabels.ThirdPartyMarketing]);
    }

    [Fact]
    public void The_paragraph_calibration_gives_the_paragraph_score_and_the_finding_its_threshold()
    {
        // Paragraph Platt(-2, 0) turns margin 0.85 into 0.85 (rounded), over its threshold 0.8.
        var classifier = ClassifierWith(new LabelModel(ClauseLabels.ThirdPartyMarketing, new float[_space.Dimension], 0.85f, new PlattParameters(-1, 0), 0.9, paragraphs: (new PlattParameters(-2, 0), 0.8)));

        var two = classifier.Classify(TwoSentences);

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, two.Labels);
        Assert.Equal(0.8, Assert.Single(two.Findings).Threshold);
        Assert.Equal(1 / (1 + Math.Exp(-1.7)), two.Scores[ClauseLabels.ThirdPartyMarketing], 3);
        Assert.DoesNotContain(ClauseLabels.ThirdPartyMarketing, classifier.Classify(OneSentence).Labels);
    }

    [Fact]
    public void Without_a_paragraph_calibration_every_text_gets_the_labels_own()
    {
        var classifier = ClassifierWith(new LabelModel(ClauseLabels.ThirdPartyMarketing, new float[_space.Dimension], 0.85f, new PlattParameters(-1, 0), 0.5));

        Assert.Contains(ClauseLabels.ThirdPartyMarketing, classifier.Classify(TwoSentences).Labels);
    }

    private ClauseClassifier ClassifierWith(LabelModel model) => new(_space, [model], maxEvidence: 5);
}
