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
}
