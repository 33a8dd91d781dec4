namespace TosScan.Crawling;

/// <summary>The values of <see cref="FetchRecord.Status"/> and <see cref="DocumentTarget.FoundBy"/>.</summary>
public static class FetchStatus
{
    public const string Found = "found";
    public const string NotModified = "not_modified";
    public const string Blocked = "blocked";
    public const string Failed = "failed";

    /// <summary>Not fetched: the providers list asked for no such document and gave no home page to discover it from.</summary>
    public const string NotRequested = "not_requested";
}

/// <summary>How a document's location was found.</summary>
public static class FoundBy
{
    public const string Explicit = "explicit";
    public const string Link = "link";
    public const string WellKnownPath = "well_known_path";
    public const string Sitemap = "sitemap";
    public const string Declaration = "declaration";
}
