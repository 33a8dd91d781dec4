using System.Text;
using TosScan.Documents;
using TosScan.Reporting.Json;
using TosScan.Storage;

namespace TosScan.Tests.Storage;

/// <summary>Stores an analysed document the way a scan does: snapshot, version, then its analysis JSON.</summary>
internal static class AnalysedVersions
{
    public static async Task<DocumentVersion> SaveAsync(IScanStore store, Document document)
    {
        var bytes = Encoding.UTF8.GetBytes(document.Text);
        var sha = Hashing.Sha256Hex(bytes);
        var source = document.Source;
        await store.AddSnapshotAsync(new Snapshot(sha, source.MediaType, bytes, source.RetrievedAt), default);
        var write = await store.AddVersionAsync(source.Provider, source.Type, source.Location, sha, source.RetrievedAt, document.Text, default);
        var analysed = document with { Source = source with { Sha256 = sha } };
        await store.SaveAnalysisAsync(write.Version.Id, DocumentJsonMapper.Serialize(analysed), default);
        return write.Version;
    }
}
