namespace TosScan.Crawling;

/// <summary>Finds the documents of a provider: explicit URLs first, then discovery.</summary>
public interface IDocumentLocator
{
    /// <summary>The documents to fetch, and for each document type not found, why.</summary>
    Task<LocateResult> LocateAsync(ProviderEntry provider, CancellationToken cancellationToken);
}

/// <summary>Targets found, and the document types that could not be located with the reason.</summary>
public sealed record LocateResult(IReadOnlyList<DocumentTarget> Targets, IReadOnlyList<MissingDocument> Missing);

/// <summary>A document type that discovery could not find.</summary>
public sealed record MissingDocument(Documents.DocumentType Type, string Status, string Reason);
