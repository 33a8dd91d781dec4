using TosScan.Crawling.Declarations;
using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// The crawler's <see cref="IDocumentLocator"/>. Precedence: explicit URLs from the providers list,
/// then an Open Terms Archive declaration for the provider, then discovery from the home page.
/// Terms of service and privacy policy are always looked for; a declaration may add more types.
/// </summary>
internal sealed class DocumentLocator(DeclarationSet declarations, HomePageDiscovery discovery) : IDocumentLocator
{
    private static readonly DocumentType[] Wanted = [DocumentType.TermsOfService, DocumentType.PrivacyPolicy];

    public async Task<LocateResult> LocateAsync(ProviderEntry provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var targets = new List<DocumentTarget>();
        if (provider.TermsUrl is not null)
        {
            targets.Add(new DocumentTarget(provider.Name, DocumentType.TermsOfService, provider.TermsUrl, FoundBy.Explicit));
        }

        if (provider.PrivacyUrl is not null)
        {
            targets.Add(new DocumentTarget(provider.Name, DocumentType.PrivacyPolicy, provider.PrivacyUrl, FoundBy.Explicit));
        }

        if (declarations.Find(provider.Name) is { } declaration)
        {
            foreach (var document in declaration.Documents.Where(d => !targets.Exists(t => t.Type == d.Type)))
            {
                targets.Add(new DocumentTarget(provider.Name, document.Type, document.Fetch, FoundBy.Declaration)
                {
                    Rules = document.Rules,
                    ExecuteClientScripts = document.ExecuteClientScripts,
                });
            }
        }

        var remaining = Wanted.Where(t => !targets.Exists(x => x.Type == t)).ToList();
        var missing = new List<MissingDocument>();
        if (remaining.Count == 0)
        {
            return new LocateResult(targets, missing);
        }

        if (provider.Home is null)
        {
            // With no home page there is nothing to discover from: a column left empty is a choice
            // (e.g. a service with terms but no separate privacy policy), not a failure.
            missing.AddRange(remaining.Select(t => new MissingDocument(t, FetchStatus.NotRequested, $"not requested: no {(t == DocumentType.PrivacyPolicy ? "privacy_url" : "terms_url")} and no home page in the providers list (line {provider.Line})")));
            return new LocateResult(targets, missing);
        }

        var found = await discovery.DiscoverAsync(provider.Home, remaining, cancellationToken).ConfigureAwait(false);
        foreach (var type in remaining)
        {
            if (found.Found.TryGetValue(type, out var hit))
            {
                targets.Add(new DocumentTarget(provider.Name, type, hit.Url, hit.FoundBy));
            }
            else
            {
                var tried = found.Tried.Count == 0 ? "nothing to try" : string.Join("; ", found.Tried.Distinct());
                missing.Add(new MissingDocument(type, found.MissingStatus, $"{Name(type)} not found from {provider.Home}: {tried}"));
            }
        }

        return new LocateResult(targets, missing);
    }

    private static string Name(DocumentType type) => type == DocumentType.PrivacyPolicy ? "privacy policy" : "terms of service";
}
