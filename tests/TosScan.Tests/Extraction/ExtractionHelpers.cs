using System.Text;
using TosScan.Documents;
using TosScan.Extraction;

namespace TosScan.Tests.Extraction;

internal static class ExtractionHelpers
{
    public static ExtractedText Extract(string text, string? mediaType, string sourceName = "test-input", ExtractionRules? rules = null) =>
        Extract(Encoding.UTF8.GetBytes(text), mediaType, null, sourceName, rules);

    public static ExtractedText Extract(byte[] bytes, string? mediaType, string? charset, string sourceName = "test-input", ExtractionRules? rules = null) =>
        new ContentExtractor()
            .ExtractAsync(new RawContent(bytes, mediaType, charset, sourceName), rules ?? ExtractionRules.None, CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();

    public static string[] TextsOf(this ExtractedText extracted, BlockKind kind) =>
        extracted.Blocks.Where(b => b.Kind == kind).Select(b => b.Span.Slice(extracted.Text)).ToArray();

    public static string[] AllTexts(this ExtractedText extracted) =>
        extracted.Blocks.Select(b => b.Span.Slice(extracted.Text)).ToArray();
}
