using System.Text;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Extraction.Markdown;
using TosScan.Segmentation;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Extraction.Cleaning;

public sealed class GluedDefinitionTests
{
    private const string Definition = "The small gadget sold by Acme Corporation in every shop of the country.";

    private const string Glued =
        "# Terms\n\n" +
        "Welcome to the Widget" + Definition + " service, where you can buy things.\n\n" +
        "You may use the Widget" + Definition + " only for lawful purposes.\n\n" +
        "The Widget" + Definition + " may change at any time.\n\n" +
        "We are not liable for the Widget" + Definition + " or its parts.\n\n" +
        "A Widget is a gadget.\n";

    [Fact]
    public void Glued_definitions_are_taken_out_and_what_was_removed_rebuilds_the_extracted_text()
    {
        var cleaned = ExtractionHelpers.Extract(Glued, "text/markdown");
        var raw = Uncleaned(Glued);

        Assert.DoesNotContain("WidgetThe", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Welcome to the Widget service, where you can buy things.", cleaned.AllTexts());
        Assert.Contains("The Widget may change at any time.", cleaned.AllTexts());
        var removal = Assert.Single(cleaned.Removed);
        Assert.Equal(TextRemoval.GluedDefinition, removal.Kind);
        Assert.Equal("Widget", removal.Term);
        Assert.Equal(Definition, removal.Text);
        Assert.Equal(4, removal.At.Count);
        Assert.Contains(cleaned.Notes, n => n.Contains("4 glossary definitions", StringComparison.Ordinal));
        Assert.Equal(raw.Text, Rebuild(cleaned.Text, cleaned.Removed));
        Assert.Equal(raw.Blocks.Count, cleaned.Blocks.Count);
        Assert.Equal(raw.Blocks.Select(b => b.Kind), cleaned.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_camel_case_brand_before_a_repeated_sentence_is_kept()
    {
        const string sentence = "In to continue to operate its business and to provide its services for free.";
        var markdown = string.Join("\n\n", Enumerable.Range(0, 4).Select(i => $"Point {i}: this allows Linked{sentence}")) + "\n\nLinkedIn's members agree.\n";

        var extracted = ExtractionHelpers.Extract(markdown, "text/markdown");

        Assert.Empty(extracted.Removed);
        Assert.Equal(Uncleaned(markdown).Text, extracted.Text);
    }

    [Fact]
    public void A_definition_glued_only_twice_is_kept()
    {
        var markdown = "Use the Widget" + Definition + " well.\n\nThe Widget" + Definition + " is ours.\n";

        Assert.Empty(ExtractionHelpers.Extract(markdown, "text/markdown").Removed);
    }

    [SharedDataFact]
    public async Task Robloxs_terms_lose_their_glued_tooltips_and_their_clauses_read_as_sentences()
    {
        var bytes = File.ReadAllBytes(SharedData.RealDoc("Roblox - Terms of Service"));
        var extracted = ExtractionHelpers.Extract(bytes, "text/markdown", null, "roblox-terms.md");
        var raw = Uncleaned(Encoding.UTF8.GetString(bytes));

        Assert.True(extracted.Removed.Sum(r => r.At.Count) >= 1000, $"{extracted.Removed.Sum(r => r.At.Count)} removed");
        Assert.Contains(extracted.Removed, r => r.Term == "Roblox" && r.Text.StartsWith("The Roblox Corporation, including its designated subsidiaries", StringComparison.Ordinal));
        Assert.DoesNotContain("RobloxThe Roblox Corporation", extracted.Text, StringComparison.Ordinal);
        Assert.Equal(raw.Text, Rebuild(extracted.Text, extracted.Removed));

        var source = new DocumentSource("Roblox", DocumentType.TermsOfService, "roblox-terms.md", DateTimeOffset.UnixEpoch, Hashing.Sha256Hex(bytes), "text/markdown");
        var document = await new SegmentationStage().ProcessAsync(new Document(source, extracted.Text, extracted.Blocks), CancellationToken.None);
        var words = document.Clauses.Select(c => document.TextOf(c.Span).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        var longClauses = words.Count(w => w > 100);
        Assert.True(longClauses * 100 < words.Count, $"{longClauses} of {words.Count} clauses run over 100 words");
        Assert.DoesNotContain(document.Clauses, c => document.TextOf(c.Span).Contains("including its designated subsidiaries: Roblox Prepaid Company LLC", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void No_other_real_document_has_text_taken_out()
    {
        var cleaned = new List<string>();
        foreach (var file in SharedData.CurrentRealDocs())
        {
            var extracted = ExtractionHelpers.Extract(File.ReadAllBytes(file), "text/markdown", null, Path.GetFileName(file));
            if (extracted.Removed.Count > 0)
            {
                cleaned.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        Assert.Equal(["Roblox - Terms of Service"], cleaned);
    }

    private static ExtractedText Uncleaned(string markdown) =>
        new MarkdownExtractor().Extract(new RawContent(Encoding.UTF8.GetBytes(markdown), "text/markdown", null, "raw.md"), ExtractionRules.None, CancellationToken.None);

    /// <summary>Puts every removed text back at its offset, the removals taken in order of offset.</summary>
    private static string Rebuild(string text, IReadOnlyList<TextRemoval> removed)
    {
        var inserts = removed.SelectMany(r => r.At.Select(at => (At: at, r.Text))).OrderBy(i => i.At).ToList();
        var rebuilt = new StringBuilder();
        var position = 0;
        foreach (var (at, inserted) in inserts)
        {
            rebuilt.Append(text, position, at - position).Append(inserted);
            position = at;
        }

        return rebuilt.Append(text, position, text.Length - position).ToString();
    }
}
