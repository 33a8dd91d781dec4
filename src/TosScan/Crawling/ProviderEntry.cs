namespace TosScan.Crawling;

/// <summary>
/// One row of the providers list. Each location is an absolute URL (http, https or file); local
/// paths in the CSV are resolved against the CSV's folder when it is read.
/// </summary>
/// <param name="Name">Provider name, used as the folder name of its results.</param>
/// <param name="Home">The provider's home page.</param>
/// <param name="TermsUrl">Explicit terms of service location; wins over discovery.</param>
/// <param name="PrivacyUrl">Explicit privacy policy location; wins over discovery.</param>
/// <param name="Line">Line number in the CSV, for messages.</param>
public sealed record ProviderEntry(string Name, Uri? Home, Uri? TermsUrl, Uri? PrivacyUrl, int Line);
