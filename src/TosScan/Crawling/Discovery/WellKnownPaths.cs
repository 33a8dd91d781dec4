using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Paths where sites usually keep their documents, tried in order when the home page has no
/// matching link. Kept short: each probe costs the host one spaced request.
/// </summary>
internal static class WellKnownPaths
{
    public static IReadOnlyList<string> For(DocumentType type) => type switch
    {
        DocumentType.PrivacyPolicy => ["/privacy", "/privacy-policy", "/legal/privacy"],
        _ => ["/terms", "/terms-of-service", "/tos", "/legal"],
    };
}
