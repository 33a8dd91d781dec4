using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Review;
using TosScan.Storage;
using TosScan.Tests.Reporting;

namespace TosScan.Tests.Review;

/// <summary>The review screen on a document the model did not read: "not checked (language fr)", not "no clause flagged".</summary>
public sealed class ReviewLanguageTests
{
    private static readonly ReviewPages.PageContext Context = new("token", "nonce", "reviewer");

    private static ReviewDocument French()
    {
        var analysis = DocumentJsonMapper.Deserialize(
            new AnalysedDocumentBuilder("Gallia", DocumentType.PrivacyPolicy, "https://gallia.example/confidentialite", ReportScenario.T0)
                .Paragraph("Nous vendons vos données à nos partenaires publicitaires.")
                .NotClassified("fr")
                .Json());
        return ReviewDocuments.Of(analysis, "Gallia", DocumentType.PrivacyPolicy, "https://gallia.example/confidentialite");
    }

    [Fact]
    public void The_provider_page_says_the_document_was_not_checked()
    {
        var page = ReviewPages.Provider(Context, "Gallia", null, [French()], new Dictionary<(string, string), ReviewDecision>(), []);

        Assert.Contains("not checked (language fr)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The model flagged no clause", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_says_not_checked_instead_of_zero_flagged_clauses()
    {
        var summary = ReviewPages.Summarise("Gallia", [French()], new Dictionary<(string, string), ReviewDecision>());

        var page = ReviewPages.Index(Context, [summary], []);

        // Documents 1, flagged clauses "not checked", decisions 0.
        Assert.Contains("<td>1</td><td>not checked (language fr)</td><td>0</td>", page, StringComparison.Ordinal);
    }
}
