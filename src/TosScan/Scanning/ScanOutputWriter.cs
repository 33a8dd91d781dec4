using System.Text;
using TosScan.Documents;
using TosScan.Files;
using TosScan.Reporting.Csv;

namespace TosScan.Scanning;

/// <summary>
/// Writes <c>documents/&lt;provider&gt;/&lt;document_type&gt;.json</c> and <c>scan-status.csv</c>.
/// Files are written to a temporary name and moved into place, so a scan that is killed never
/// leaves a half-written file where a finished one was.
/// </summary>
/// <param name="outputDirectory">The --out folder.</param>
/// <param name="folders">Provider name -> folder name, unique within the scan (<see cref="FileNames.UniqueSlugs"/>);
/// a name not in it gets its plain <see cref="FileNames.Slug"/>.</param>
internal sealed class ScanOutputWriter(string outputDirectory, IReadOnlyDictionary<string, string>? folders = null) : IDocumentSink
{
    public const string StatusFileName = "scan-status.csv";

    public async Task WriteDocumentAsync(string provider, DocumentType type, string json, CancellationToken cancellationToken)
    {
        var name = folders is not null && folders.TryGetValue(provider, out var unique) ? unique : FileNames.Slug(provider);
        var folder = Path.Combine(outputDirectory, "documents", name);
        Directory.CreateDirectory(folder);
        await WriteAtomicallyAsync(Path.Combine(folder, type.ToWireName() + ".json"), json, cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteStatusAsync(IEnumerable<ScanStatusRow> rows, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        var builder = new StringBuilder();
        builder.Append(CsvCells.Line("provider", "document_type", "status", "reason", "url", "found_by", "language")).Append('\n');
        foreach (var row in rows)
        {
            builder.Append(CsvCells.Line(row.Provider, row.Type?.ToWireName(), row.Status, row.Reason, row.Url, row.FoundBy, row.Language)).Append('\n');
        }

        await WriteAtomicallyAsync(Path.Combine(outputDirectory, StatusFileName), builder.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(path, content, cancellationToken);
}
