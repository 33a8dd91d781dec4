using System.Globalization;
using System.Text.RegularExpressions;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Segmentation;
using TosScan.Tests.Extraction;
using TosScan.Tests.TestSupport;
using Xunit.Abstractions;

namespace TosScan.Tests.Segmentation;

/// <summary>Extraction and segmentation over the real policies in ../shared/realdocs/current.</summary>
public sealed partial class RealDocumentSegmentationTests(ITestOutputHelper output)
{
    private const double MinWordsPerSentence = 10;
    private const double MaxWordsPerSentence = 45;

    /// <summary>
    /// Documents allowed a higher words-per-sentence ceiling, with the reason. Roblox's terms were
    /// recorded with every defined term's tooltip glued into the text ("RobloxThe Roblox Corporation,
    /// including its designated subsidiaries: ..."), which makes each sentence that uses a defined
    /// term several times longer than what a reader sees.
    /// </summary>
    private static readonly Dictionary<string, double> CeilingExceptions = new(StringComparer.Ordinal)
    {
        ["Roblox - Terms of Service"] = 50,
    };

    [SharedDataFact]
    public async Task Every_real_document_extracts_and_segments_plausibly()
    {
        var files = SharedData.CurrentRealDocs();
        Assert.Equal(44, files.Count);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Document document;
            try
            {
                document = await SegmentAsync(file);
            }
            catch (ExtractionException ex)
            {
                problems.Add($"{name}: {ex.Message}");
                continue;
            }

            var stats = Stats.Of(document);
            output.WriteLine(stats.ToString());
            problems.AddRange(stats.Problems(CeilingExceptions.GetValueOrDefault(name, MaxWordsPerSentence)));
            problems.AddRange(StructuralProblems(name, document));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SharedDataTheory]
    [InlineData("Discord - Privacy Policy")]
    [InlineData("TikTok - Terms of Service")]
    [InlineData("YouTube - Privacy Policy")]
    [InlineData("LINE - Terms of Service")]
    [InlineData("Bluesky - Privacy Policy")]
    public async Task Headings_and_short_list_items_are_clauses_of_their_own(string name)
    {
        var document = await SegmentAsync(SharedData.RealDoc(name));

        var headings = document.Blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Kind == BlockKind.Heading).ToList();
        var shortItems = document.Blocks.Select((b, i) => (Block: b, Index: i))
            .Where(x => x.Block.Kind == BlockKind.ListItem && x.Block.Span.Length < new SegmentationOptions().SplitItemsLongerThan).ToList();
        Assert.True(headings.Count >= 5, $"{headings.Count} headings");
        Assert.True(shortItems.Count >= 3, $"{shortItems.Count} short list items");

        foreach (var (block, index) in headings.Concat(shortItems))
        {
            var clause = Assert.Single(document.Clauses, c => c.Block == index);
            Assert.Equal(block.Span, clause.Span);
            Assert.Equal(block.Kind == BlockKind.Heading ? ClauseKind.Heading : ClauseKind.ListItem, clause.Kind);
        }

        var stats = Stats.Of(document);
        Assert.InRange(stats.Sentences, stats.SentenceWords / MaxWordsPerSentence, stats.SentenceWords / MinWordsPerSentence);
    }

    private static Task<Document> SegmentAsync(string file) => RealDocuments.SegmentAsync(file);

    /// <summary>Every block yields clauses inside it, clauses are trimmed, in order, and inside their section.</summary>
    private static IEnumerable<string> StructuralProblems(string name, Document document)
    {
        var blocksWithClauses = document.Clauses.Select(c => c.Block).ToHashSet();
        var missing = Enumerable.Range(0, document.Blocks.Count).Where(b => !blocksWithClauses.Contains(b)).ToList();
        if (missing.Count > 0)
        {
            yield return $"{name}: blocks without clauses: {string.Join(", ", missing.Take(5))}";
        }

        var previousEnd = 0;
        foreach (var clause in document.Clauses)
        {
            var text = document.TextOf(clause.Span);
            if (clause.Span.Length == 0 || text.Trim().Length != text.Length || clause.Span.Start < previousEnd
                || !document.Blocks[clause.Block].Span.Contains(clause.Span) || !document.Sections[clause.Section].Span.Contains(clause.Span))
            {
                yield return $"{name}: clause {clause.Index} {clause.Span} is malformed: '{text}'";
                yield break;
            }

            previousEnd = clause.Span.End;
        }
    }

    /// <summary>Plausibility figures for one document.</summary>
    internal sealed partial record Stats(string Name, int Words, int Blocks, int Headings, int ListItems, int Sentences, int SentenceWords, int Clauses)
    {
        public double WordsPerSentence => Sentences == 0 ? 0 : (double)SentenceWords / Sentences;

        public static Stats Of(Document document)
        {
            var sentences = document.Clauses.Where(c => c.Kind == ClauseKind.Sentence).ToList();
            return new Stats(
                document.Source.Provider,
                WordCount(document.Text),
                document.Blocks.Count,
                document.Blocks.Count(b => b.Kind == BlockKind.Heading),
                document.Blocks.Count(b => b.Kind == BlockKind.ListItem),
                sentences.Count,
                sentences.Sum(c => WordCount(document.TextOf(c.Span))),
                document.Clauses.Count);
        }

        public IEnumerable<string> Problems(double maxWordsPerSentence)
        {
            if (Words < 1000)
            {
                yield return $"{Name}: only {Words} words extracted";
            }

            if (WordsPerSentence < MinWordsPerSentence || WordsPerSentence > maxWordsPerSentence)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{Name}: {WordsPerSentence:F1} words per sentence ({Sentences} sentences)");
            }
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Name,-34} words={Words,6} blocks={Blocks,4} headings={Headings,3} items={ListItems,4} sentences={Sentences,4} clauses={Clauses,5} words/sentence={WordsPerSentence,5:F1}");

        private static int WordCount(string text) => WordPattern().Count(text);

        [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
        private static partial Regex WordPattern();
    }
}
