using System.Text;
using TosScan.Extraction;

namespace TosScan.Tests.Extraction;

public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("text/html; charset=utf-8", "x.txt", "plain", "Html")]
    [InlineData("application/pdf", "x", "%PDF-1.4", "Pdf")]
    [InlineData("text/markdown", "x", "plain", "Markdown")]
    [InlineData("text/plain", "https://acme.example/terms.md?lang=en", "# Terms", "Markdown")]
    [InlineData("text/plain", "terms", "# not a heading in a text file", "PlainText")]
    [InlineData(null, "C:/docs/Terms.HTM", "plain", "Html")]
    [InlineData(null, "policy", "%PDF-1.7\n...", "Pdf")]
    [InlineData(null, "policy", "  <!DOCTYPE html><html>", "Html")]
    [InlineData("application/octet-stream", "policy", "Terms\n=====\n\nText with a [link](https://x).", "Markdown")]
    [InlineData(null, "policy", "Just some words.\n\nMore words.", "PlainText")]
    public void Format_comes_from_media_type_then_extension_then_bytes(string? mediaType, string sourceName, string body, string expected)
    {
        var format = FormatDetector.Detect(new RawContent(Encoding.UTF8.GetBytes(body), mediaType, null, sourceName));

        Assert.Equal(expected, format.ToString());
    }
}
