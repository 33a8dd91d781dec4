using TosScan.Documents;

namespace TosScan.Scanning;

/// <summary>
/// Where a scanned document's analysis goes besides the store: the local scan writes
/// <c>documents/&lt;provider&gt;/&lt;type&gt;.json</c>; a cluster worker writes nothing, and the
/// submitting process writes the files from the store.
/// </summary>
public interface IDocumentSink
{
    Task WriteDocumentAsync(string provider, DocumentType type, string analysisJson, CancellationToken cancellationToken);
}
