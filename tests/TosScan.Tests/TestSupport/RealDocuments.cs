using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Segmentation;

namespace TosScan.Tests.TestSupport;

/// <summary>A real document of ../shared/realdocs, extracted and segmented as a scan does it.</summary>
internal static class RealDocuments
{
    public static async Task<Document> SegmentAsync(string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var raw = new RawContent(bytes, null, null, file);
        var extracted = await new ContentExtractor().ExtractAsync(raw, ExtractionRules.None, CancellationToken.None);
        var source = new DocumentSource(Path.GetFileNameWithoutExtension(file), DocumentType.Other, file, DateTimeOffset.UnixEpoch, new string('0', 64), "text/markdown");
        return await new SegmentationStage().ProcessAsync(new Document(source, extracted.Text, extracted.Blocks, extracted.Title), CancellationToken.None);
    }
}
