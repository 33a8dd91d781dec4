using System.Text.Json;
using TosScan.Reporting.Json;

namespace TosScan.Reporting.Reports;

/// <summary><c>report.json</c>: the whole report in the project's JSON conventions (snake_case).</summary>
internal static class ReportJsonFile
{
    public static string Write(ScanReport report) => JsonSerializer.Serialize(report, TosScanJson.Indented) + "\n";

    /// <summary>Serialises to the stream as the clauses are read, never holding the whole text.</summary>
    public static async Task WriteAsync(ScanReport report, TextWriter output, CancellationToken cancellationToken)
    {
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var stream = output is StreamWriter writer ? writer.BaseStream : throw new ArgumentException("report.json is written to a file stream", nameof(output));
        await JsonSerializer.SerializeAsync(stream, report, TosScanJson.Indented, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync("\n".AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
