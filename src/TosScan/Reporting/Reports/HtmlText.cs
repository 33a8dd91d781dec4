using System.Net;

namespace TosScan.Reporting.Reports;

/// <summary>HTML (and SVG text) escaping. Every string that reaches the HTML report goes through here.</summary>
internal static class HtmlText
{
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : WebUtility.HtmlEncode(text);
}
