using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Review;
using TosScan.Storage;
using TosScan.Tests.Reporting;

namespace TosScan.Tests.Review;

/// <summary>A table-of-contents entry is not a clause a reviewer could flag, nor context for one.</summary>
public sealed class ReviewNavigationTests
{
    [Fact]
    public void Links_standing_alone_are_not_offered_as_clauses_the_model_missed()
    {
        var built = DocumentJsonMapper.Deserialize(
            new AnalysedDocumentBuilder("Acme", DocumentType.PrivacyPolicy, "https://acme.example/privacy", ReportScenario.T0)
                .Paragraph("Retention of Your Information")
                .Paragraph("We keep your posts after you leave.")
                .Json());
        var analysis = built with { Clauses = [built.Clauses[0] with { Kind = "navigation" }, .. built.Clauses.Skip(1)] };
        var document = ReviewDocuments.Of(analysis, "Acme", DocumentType.PrivacyPolicy, "https://acme.example/privacy");

        var offered = ReviewClauseCards.Unflagged(document, new Dictionary<(string, string), ReviewDecision>()).Select(c => c.Clause.Text).ToList();

        Assert.Equal(["We keep your posts after you leave."], offered);
    }
}
