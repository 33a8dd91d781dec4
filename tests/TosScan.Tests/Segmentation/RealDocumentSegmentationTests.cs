using System.Globalization;
using System.Text.RegularExpressions;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Segmentation;
using TosScan.Tests.Extraction;
using Xunit.Abstractions;

namespace TosScan.Tests.Segmentation;

public sealed partial class RealDocumentSegmentationTests(ITestOutputHelper output)
{
    private readonly ContentExtractor _extractor = new();
    private readonly SegmentationStage _stage = new();

    [Fact]
    public async Task Every_real_document_extracts_and_segments_plausibly()
    {
        var files = SharedData.CurrentRealDocs();
        Assert.Equal(44, files.Count);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var document = await SegmentAsync(file);
            var stats = Stats.Of(document);
            output.WriteLine(stats.ToString());
            failures.AddRange(stats.Problems());
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    internal async Task<Document> SegmentAsync(string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var raw = new RawContent(bytes, null, null, file);
        var extracted = await _extractor.ExtractAsync(raw, ExtractionRules.None, CancellationToken.None);
        var source = new DocumentSource(Path.GetFileNameWithoutExtension(file), DocumentType.Other, file, DateTimeOffset.UnixEpoch, "0", "text/markdown");
        return await _stage.ProcessAsync(new Document(source, extracted.Text, extracted.Blocks, extracted.Title), CancellationToken.None);
    }

    /// <summary>Plausibility figures for one document.</summary>
    internal sealed partial record Stats(string Name, int Words, int Blocks, int Headings, int ListItems, int Sentences, int Clauses, int LongestClauseWords)
    {
        public double WordsPerSentence => Sentences == 0 ? 0 : (double)SentenceWords / Sentences;

        public int SentenceWords { get; init; }

        public double WordsPerClause { get; init; }

        public static Stats Of(Document document)
        {
            var sentenceClauses = document.Clauses.Where(c => c.Kind == ClauseKind.Sentence).ToList();
            return new Stats(
                document.Source.Provider,
                WordCount(document.Text),
                document.Blocks.Count,
                document.Blocks.Count(b => b.Kind == BlockKind.Heading),
                document.Blocks.Count(b => b.Kind == BlockKind.ListItem),
                sentenceClauses.Count,
                document.Clauses.Count,
                document.Clauses.Max(c => WordCount(document.TextOf(c.Span))))
            {
                SentenceWords = sentenceClauses.Sum(c => WordCount(document.TextOf(c.Span))),
                WordsPerClause = document.Clauses.Where(c => c.Kind != ClauseKind.Heading).Average(c => WordCount(document.TextOf(c.Span))),
            };
        }

        public IEnumerable<string> Problems()
        {
            if (Words < 300)
            {
                yield return $"{Name}: only {Words} words extracted";
            }

            if (WordsPerSentence is < 10 or > 45)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{Name}: {WordsPerSentence:F1} words per sentence");
            }
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Name,-40} words={Words,6} blocks={Blocks,4} headings={Headings,3} items={ListItems,4} sentences={Sentences,4} clauses={Clauses,5} w/s={WordsPerSentence,5:F1} w/c={WordsPerClause,5:F1} longest={LongestClauseWords}");

        private static int WordCount(string text) => WordPattern().Count(text);

        [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
        private static partial Regex WordPattern();
    }
}
