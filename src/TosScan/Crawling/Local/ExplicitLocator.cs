using TosScan.Documents;

namespace TosScan.Crawling.Local;

/// <summary>
/// Uses only the locations the providers list names. The crawler's discovery wraps this: explicit
/// locations always win.
/// </summary>
public sealed class ExplicitLocator : IDocumentLocator
{
    public Task<LocateResult> LocateAsync(ProviderEntry provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var targets = new List<DocumentTarget>();
        var missing = new List<MissingDocument>();
        Add(DocumentType.TermsOfService, provider.TermsUrl, "terms_url");
        Add(DocumentType.PrivacyPolicy, provider.PrivacyUrl, "privacy_url");
        return Task.FromResult(new LocateResult(targets, missing));

        void Add(DocumentType type, Uri? location, string column)
        {
            if (location is null)
            {
                missing.Add(new MissingDocument(type, "failed", $"no {column} given and link discovery is not enabled"));
            }
            else
            {
                targets.Add(new DocumentTarget(provider.Name, type, location, "explicit"));
            }
        }
    }
}
