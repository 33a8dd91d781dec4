using TosScan.Classification;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Classification;

/// <summary>
/// Sentences issue 12 reported from real documents, read from ../shared/realdocs as a scan segments
/// them. Our paraphrases of each failure family (<see cref="FailureFamilyTests"/>) had passed for
/// rounds while these very sentences were still flagged, so the originals are checked where they
/// stand. Clauses of the same documents that do carry the practice must keep their flag, so that a
/// fix which merely dulls a label fails here.
/// </summary>
public sealed class RealDocumentFlagTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    [SharedDataTheory]
    [InlineData("Snapchat - Terms of Service", "so please do keep a backup", ClauseLabels.IndefiniteRetention)]
    [InlineData("Snapchat - Terms of Service", "we recommend keeping a separate copy", ClauseLabels.IndefiniteRetention)]
    [InlineData("WhatsApp - Terms of Service", "You must not (or assist others to)", ClauseLabels.ContentOwnership)]
    [InlineData("YouTube - Terms of Service", "You may use your Content to promote your business", ClauseLabels.ContentOwnership)]
    [InlineData("Discord - Privacy Policy", "if you click on the ad, we may receive information", ClauseLabels.ThirdPartyMarketing)]
    [InlineData("Facebook - Privacy Policy", "as long as we need it to provide a feature or service", ClauseLabels.IndefiniteRetention)]
    public async Task A_reported_false_flag_no_longer_fires_on_the_real_sentence(string document, string words, string label) =>
        Assert.All(await FlagsOfAsync(document, words), flags => Assert.DoesNotContain(label, flags));

    [SharedDataTheory]
    [InlineData("Snapchat - Terms of Service", "irrevocable and perpetual right and license", ClauseLabels.ContentOwnership)]
    [InlineData("Snapchat - Terms of Service", "we may retain server copies of your Public Content indefinitely", ClauseLabels.IndefiniteRetention)]
    [InlineData("YouTube - Terms of Service", "By providing Content to the Service, you grant to YouTube", ClauseLabels.ContentOwnership)]
    [InlineData("WhatsApp - Terms of Service", "for up to 30 days as we try to deliver them", ClauseLabels.BoundedRetention)]
    [InlineData("Discord - Privacy Policy", "provide limited information to advertising platforms", ClauseLabels.ThirdPartyMarketing)]
    [InlineData("WeChat - Terms of Service", "are allowed to retain and continue to use Your Content after you stop using WeChat", ClauseLabels.ContentOwnership)]
    [InlineData("Pinterest - Terms of Service", "any revenue from any monetisation of User Content", ClauseLabels.ContentOwnership)]
    [InlineData("BeReal - Privacy Policy", "You can opt out of sale, sharing and targeted advertising", ClauseLabels.ThirdPartyMarketing)]
    [InlineData("Pinterest - Privacy Policy", "may be considered ‘targeted advertising’, ‘sharing’ or ‘selling’", ClauseLabels.ThirdPartyMarketing)]
    public async Task The_practice_in_the_same_documents_is_still_flagged(string document, string words, string label) =>
        Assert.All(await FlagsOfAsync(document, words), flags => Assert.Contains(label, flags));

    /// <summary>The labels of every clause holding <paramref name="words"/> (Snapchat's terms repeat some sections).</summary>
    private async Task<IReadOnlyList<string[]>> FlagsOfAsync(string name, string words)
    {
        var document = await RealDocuments.SegmentAsync(SharedData.RealDoc(name));
        var texts = document.Clauses.Select(c => document.TextOf(c.Span)).Where(t => t.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(texts);
        return [.. texts.Select(t => fixture.Classifier.Classify(t)).Select(r => r.Labels.Concat(r.Protective).ToArray())];
    }
}
