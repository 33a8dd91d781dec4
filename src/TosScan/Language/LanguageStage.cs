using Lingua;
using TosScan.Documents;
using TosScan.Pipeline;

namespace TosScan.Language;

/// <summary>
/// Detects the document's language with Lingua so later stages know whether English-only
/// models and formulas apply. Samples body text rather than the whole document: a few
/// thousand characters decide the language as well as a hundred thousand, at a fraction of the cost.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    /// <summary>Characters of body text sampled for detection.</summary>
    private const int SampleLength = 4_000;

    // Languages of the markets the working group looks at; a closed set keeps detection fast and
    // avoids confusing close relatives that never occur in the corpus.
    private static readonly Lingua.Language[] Candidates =
    [
        Lingua.Language.English, Lingua.Language.French, Lingua.Language.Spanish, Lingua.Language.German,
        Lingua.Language.Portuguese, Lingua.Language.Italian, Lingua.Language.Dutch, Lingua.Language.Indonesian,
        Lingua.Language.Malay, Lingua.Language.Arabic, Lingua.Language.Turkish, Lingua.Language.Polish,
        Lingua.Language.Russian, Lingua.Language.Japanese, Lingua.Language.Chinese, Lingua.Language.Korean,
    ];

    private readonly Lazy<LanguageDetector> _detector = new(
        () => LanguageDetectorBuilder.FromLanguages(Candidates).WithLowAccuracyMode().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public string Name => "language";

    public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ValueTask.FromResult(document with { Language = Detect(Sample(document)) });
    }

    /// <summary>ISO 639-1 code of <paramref name="text"/>'s language, or null when it cannot be told.</summary>
    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var language = _detector.Value.DetectLanguageOf(text);
        return language == Lingua.Language.Unknown
            ? null
            : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }

    // Paragraphs say more about the language than headings or table cells, which are often
    // product names and numbers.
    private static string Sample(Document document)
    {
        var sample = new System.Text.StringBuilder(SampleLength + 256);
        foreach (var block in document.Blocks)
        {
            if (block.Kind is BlockKind.Paragraph or BlockKind.ListItem)
            {
                sample.Append(document.TextOf(block.Span)).Append('\n');
                if (sample.Length >= SampleLength)
                {
                    break;
                }
            }
        }

        return sample.Length > 0 ? sample.ToString() : document.Text[..Math.Min(document.Text.Length, SampleLength)];
    }
}
