using System.Globalization;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static TosScan.Tests.Extraction.ExtractionHelpers;

namespace TosScan.Tests.Extraction;

public sealed class PdfExtractionTests
{
    [Fact]
    public void Pages_become_headings_and_paragraphs_without_running_headers_footers_or_page_numbers()
    {
        var pdf = BuildPolicyPdf();

        var result = Extract(pdf, "application/pdf", null, "policy.pdf");

        Assert.Equal(["Acme Privacy Statement", "1. Scope", "2. Retention"], result.TextsOf(BlockKind.Heading));
        Assert.Equal(
            [
                "This statement explains how Acme processes personal information about the people who use its services.",
                "We keep your messages for as long as your account exists and delete them within thirty days after you close it.",
                "Backups are overwritten within ninety days.",
            ],
            result.TextsOf(BlockKind.Paragraph));
        Assert.DoesNotContain("Confidential", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page ", result.Text, StringComparison.Ordinal);
        Assert.Equal(["- messages and photos you post;", "- your contacts, if you allow it."], result.TextsOf(BlockKind.ListItem));
    }

    [Fact]
    public void A_broken_pdf_is_reported_with_its_name_and_what_to_do()
    {
        var bytes = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf body\n"u8.ToArray();

        var error = Assert.Throws<ExtractionException>(() => Extract(bytes, "application/pdf", null, "downloads/broken.pdf"));

        Assert.Equal("downloads/broken.pdf", error.SourceName);
        Assert.Contains("is not a readable PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-download", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_text_is_reported_as_probably_scanned()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);

        var error = Assert.Throws<ExtractionException>(() => Extract(builder.Build(), null, null, "scan.pdf"));

        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_looptalk_pdf_extracts_its_sections()
    {
        var path = Path.Combine(RepoPaths.Corpus, "sites", "looptalk", "legal", "privacy.pdf");

        var result = Extract(File.ReadAllBytes(path), null, null, path);

        Assert.Equal("LoopTalk Privacy Statement", result.Title);
        Assert.Contains("1. Scope and Controller", result.TextsOf(BlockKind.Heading));
        Assert.Contains("• analytics and product development, based on our legitimate interests;", result.TextsOf(BlockKind.ListItem));
        Assert.True(result.TextsOf(BlockKind.Paragraph).Length >= 5);
        Assert.Contains("https://looptalk.example/legal/user-agreement. Where this Statement conflicts", result.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two A4 pages with a running header and footer, a page number, a larger title, bold section
    /// headings, a word hyphenated over a line break and a paragraph that runs over the page break.
    /// </summary>
    private static byte[] BuildPolicyPdf()
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            [
                "T|Acme Privacy Statement",
                "H|1. Scope",
                "P|This statement explains how Acme processes personal infor-",
                "L|mation about the people who use its services.",
                "H|2. Retention",
                "P|We keep your messages for as long as your account exists and",
            ],
            [
                "L|delete them within thirty days after you close it.",
                "P|Backups are overwritten within ninety days.",
                "P|- messages and photos you post;",
                "L|- your contacts, if you allow it.",
            ],
        ];

        for (var p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Acme Inc. - Confidential", 8, new PdfPoint(60, 810), regular);
            var y = 760.0;
            foreach (var entry in pages[p])
            {
                var (kind, text) = (entry[0], entry[2..]);
                switch (kind)
                {
                    case 'T':
                        page.AddText(text, 18, new PdfPoint(60, y), bold);
                        y -= 30;
                        break;
                    case 'H':
                        y -= 10;
                        page.AddText(text, 12.5, new PdfPoint(60, y), bold);
                        y -= 20;
                        break;
                    case 'P':
                        y -= 6; // paragraph gap
                        page.AddText(text, 10.5, new PdfPoint(60, y), regular);
                        y -= 14;
                        break;
                    default:
                        page.AddText(text, 10.5, new PdfPoint(60, y), regular);
                        y -= 14;
                        break;
                }
            }

            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {p + 1} of {pages.Length}"), 8, new PdfPoint(280, 30), regular);
        }

        return builder.Build();
    }
}
