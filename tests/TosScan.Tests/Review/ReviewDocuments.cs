using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Review;
using TosScan.Storage;
using TosScan.Tests.Reporting;

namespace TosScan.Tests.Review;

/// <summary>Review documents built in memory, as the catalogue lists a stored version of an analysis.</summary>
internal static class ReviewDocuments
{
    public static ReviewDocument Of(DocumentJson analysis, string provider, DocumentType type, string location)
    {
        var version = new DocumentVersion(1, provider, type, location, "sha", "text-sha", ReportScenario.T0, analysis.Text);
        return new(1, provider, type, location, ReportScenario.T0, analysis, version);
    }
}
