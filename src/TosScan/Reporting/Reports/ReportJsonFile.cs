using System.Text.Json;
using TosScan.Reporting.Json;

namespace TosScan.Reporting.Reports;

/// <summary><c>report.json</c>: the whole report in the project's JSON conventions (snake_case).</summary>
internal static class ReportJsonFile
{
    public static string Write(ScanReport report) => JsonSerializer.Serialize(report, TosScanJson.Indented) + "\n";
}
