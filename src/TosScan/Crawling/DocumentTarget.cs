using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Crawling;

/// <summary>
/// A document to fetch for a provider, and how its location was found
/// (<c>explicit</c>, <c>link</c>, <c>well_known_path</c>, <c>sitemap</c>, <c>declaration</c>).
/// </summary>
public sealed record DocumentTarget(string Provider, DocumentType Type, Uri Location, string FoundBy)
{
    /// <summary>Selectors from a declaration, applied during extraction.</summary>
    public ExtractionRules Rules { get; init; } = ExtractionRules.None;

    /// <summary>Render with a headless browser before extraction (declaration's executeClientScripts).</summary>
    public bool ExecuteClientScripts { get; init; }
}
