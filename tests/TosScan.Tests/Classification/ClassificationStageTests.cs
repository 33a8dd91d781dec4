using TosScan.Classification;
using TosScan.Documents;

namespace TosScan.Tests.Classification;

public sealed class ClassificationStageTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    [Fact]
    public async Task Flags_carry_evidence_in_document_offsets()
    {
        const string first = "Welcome to the service.";
        const string second = "We keep your messages indefinitely, even after you delete your account.";
        var text = "Intro\n\n" + first + " " + second;
        var firstStart = text.IndexOf(first, StringComparison.Ordinal);
        var secondStart = text.IndexOf(second, StringComparison.Ordinal);
        var source = new DocumentSource("test", DocumentType.PrivacyPolicy, "memory", DateTimeOffset.UnixEpoch, new string('0', 64), "text/plain");
        var document = new Document(source, text, [new Block(BlockKind.Paragraph, TextSpan.FromBounds(firstStart, text.Length))])
        {
            Clauses =
            [
                new Clause(0, new TextSpan(firstStart, first.Length), ClauseKind.Sentence, 0, 0),
                new Clause(1, new TextSpan(secondStart, second.Length), ClauseKind.Sentence, 0, 0),
            ],
        };
        var stage = new ClassificationStage(fixture.Classifier);

        var result = await stage.ProcessAsync(document, CancellationToken.None);

        Assert.Equal("classification", stage.Name);
        var flag = Assert.Single(result.Flags);
        Assert.Equal(1, flag.ClauseIndex);
        Assert.Equal(ClauseLabels.IndefiniteRetention, flag.Label);
        Assert.Equal(FlagKind.Risk, flag.Kind);
        Assert.InRange(flag.Score, flag.Threshold, 1);
        Assert.False(string.IsNullOrWhiteSpace(flag.Reason));
        Assert.All(flag.Evidence, e => Assert.True(result.Clauses[1].Span.Contains(e)));
        Assert.Contains(flag.Evidence, e => result.TextOf(e) == "indefinitely");
    }

    [Theory]
    [InlineData(ClauseKind.Heading)]
    [InlineData(ClauseKind.Navigation)]
    public async Task The_model_version_is_recorded_and_headings_and_links_are_not_classified(ClauseKind kind)
    {
        // The same words as a sentence are flagged: only the kind keeps them out.
        const string title = "We sell your data to advertisers";
        var stage = new ClassificationStage(fixture.Classifier);
        var asSentence = await stage.ProcessAsync(Single(title, ClauseKind.Sentence, language: "en"), CancellationToken.None);
        Assert.Contains(asSentence.Flags, f => f.Label == ClauseLabels.ThirdPartyMarketing);

        var result = await stage.ProcessAsync(Single(title, kind, language: "en"), CancellationToken.None);

        Assert.Empty(result.Flags);
        Assert.StartsWith("clauses-", result.Provenance["model"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_in_another_language_is_left_unflagged_and_says_why()
    {
        var document = Single("Nous vendons vos données à des annonceurs à des fins publicitaires.", ClauseKind.Sentence, language: "fr");

        var result = await new ClassificationStage(fixture.Classifier).ProcessAsync(document, CancellationToken.None);

        Assert.Empty(result.Flags);
        Assert.False(result.Provenance.ContainsKey("model"));
        Assert.Contains("'fr'", result.Provenance["classification"], StringComparison.Ordinal);
    }

    private static Document Single(string text, ClauseKind kind, string language)
    {
        var source = new DocumentSource("test", DocumentType.PrivacyPolicy, "memory", DateTimeOffset.UnixEpoch, new string('0', 64), "text/plain");
        var blockKind = kind switch
        {
            ClauseKind.Heading => BlockKind.Heading,
            ClauseKind.Navigation => BlockKind.Navigation,
            _ => BlockKind.Paragraph,
        };
        return new Document(source, text, [new Block(blockKind, new TextSpan(0, text.Length))])
        {
            Language = language,
            Clauses = [new Clause(0, new TextSpan(0, text.Length), kind, 0, 0)],
        };
    }
}
