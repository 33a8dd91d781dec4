using System.Text;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Storage.Sqlite;

namespace TosScan.Tests.Reporting;

/// <summary>Puts analysed documents and review decisions into a real SQLite store, as a scan and a reviewer would.</summary>
internal static class ReportStore
{
    public static async Task<VersionWrite> AddAsync(SqliteScanStore store, AnalysedDocumentBuilder document, string provider, DocumentType type, string location, DateTimeOffset at)
    {
        var bytes = Encoding.UTF8.GetBytes(document.SnapshotBytesText);
        await store.AddSnapshotAsync(new Snapshot(document.SnapshotSha256, "text/html", bytes, at), default);
        await store.AddFetchAsync(new FetchRecord(provider, type, location, location, "found", 200, null, at, document.SnapshotSha256, null, "explicit"), default);
        var version = await store.AddVersionAsync(provider, type, location, document.SnapshotSha256, at, document.Text, default);
        await store.SaveAnalysisAsync(version.Version.Id, document.Json(), default);
        return version;
    }

    public static Task<ReviewDecision> DecideAsync(SqliteScanStore store, string provider, DocumentType type, string clause, string label, string decision, DateTimeOffset at, string? newLabel = null, string? note = null) =>
        store.AddDecisionAsync(new ReviewDecision(provider, type, ClauseKeys.For(clause), clause, label, decision, newLabel, "policy-officer-1", note, at), default);
}
