using TosScan.Crawling;
using TosScan.Documents;

namespace TosScan.Scanning;

/// <summary>
/// One line of <c>scan-status.csv</c>: what happened to one document of one provider.
/// </summary>
/// <param name="Provider">Provider name (or <c>line N</c> for a providers-list line that could not be read).</param>
/// <param name="Type">Document type; null for a bad input line.</param>
/// <param name="Status">found, blocked, failed or not_requested.</param>
/// <param name="Reason">Why it was blocked or failed, or a note (e.g. not modified since the last scan).</param>
/// <param name="Url">Where the document was (or was looked for).</param>
/// <param name="FoundBy">How the location was found.</param>
/// <param name="Language">Detected language of a found document.</param>
public sealed record ScanStatusRow(string Provider, DocumentType? Type, string Status, string? Reason, string? Url, string? FoundBy, string? Language)
{
    public bool IsFound => Status == ScanStatuses.Found;
}

/// <summary>The statuses of <see cref="ScanStatusRow"/>.</summary>
public static class ScanStatuses
{
    public const string Found = FetchStatus.Found;
    public const string Blocked = FetchStatus.Blocked;
    public const string Failed = FetchStatus.Failed;

    /// <summary>The providers list asked for no such document: its column was empty and there was no home page to discover it from.</summary>
    public const string NotRequested = FetchStatus.NotRequested;
}
