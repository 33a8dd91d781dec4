using System.Globalization;
using Lingua;
using TosScan.Documents;
using TosScan.Pipeline;

namespace TosScan.Language;

/// <summary>
/// Detects the document's language with Lingua so later stages know whether English-only
/// models and formulas apply. Samples body text rather than the whole document: a few
/// thousand characters decide the language as well as a hundred thousand, at a fraction of the cost.
/// Detection on short or unconfident text is not trusted (see <see cref="LanguageOptions"/>): the
/// language given on the command line is used instead, else English, and the detection is recorded.
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

    private readonly LanguageOptions _options;

    public LanguageStage()
        : this(new LanguageOptions())
    {
    }

    /// <summary>With the trust thresholds and given language of <paramref name="options"/> (validated here, once).</summary>
    public LanguageStage(LanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public string Name => "language";

    /// <summary>The thresholds and the language given on the command line, which decide short texts.</summary>
    public string Configuration => FormattableString.Invariant($"given {_options.GivenLanguage ?? "-"}, letters {_options.MinimumLetters}, confidence {_options.MinimumConfidence}");

    public ValueTask<Document> ProcessAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (language, detection, note) = Decide(Sample(document));
        var result = document with { Language = language, LanguageDetection = detection };
        return ValueTask.FromResult(note is null ? result : result with { Notes = [.. document.Notes, note] });
    }

    /// <summary>The language to process <paramref name="text"/> as, how it was decided, and a note when the user's choice was overruled.</summary>
    internal (string Language, LanguageDetection Detection, string? Note) Decide(string text)
    {
        var (detected, confidence) = DetectTop(text);
        var letters = text.Count(char.IsLetter);
        var inv = CultureInfo.InvariantCulture;
        string? distrust = null;
        if (detected is null)
        {
            distrust = "no language detected";
        }
        else if (letters < _options.MinimumLetters)
        {
            distrust = string.Create(inv, $"text too short to detect reliably: {letters} letters, under {_options.MinimumLetters}");
        }
        else if (confidence < _options.MinimumConfidence)
        {
            distrust = string.Create(inv, $"detection confidence {confidence:0.00}, under {_options.MinimumConfidence:0.00}");
        }

        if (distrust is null)
        {
            var reason = string.Create(inv, $"detected with confidence {confidence:0.00} on {letters} letters");
            string? note = null;
            if (_options.GivenLanguage is { } given && given != detected)
            {
                // A confident detection is more likely right than one option given for many documents.
                note = string.Create(inv, $"--language {given} not used: the text was detected as '{detected}' with confidence {confidence:0.00} on {letters} letters");
                reason += "; " + note;
            }

            return (detected!, new LanguageDetection(detected, confidence, LanguageSource.Detected, reason), note);
        }

        return _options.GivenLanguage is { } chosen
            ? (chosen, new LanguageDetection(detected, confidence, LanguageSource.Given, distrust + "; using --language " + chosen), null)
            : (LanguageOptions.DefaultFallback, new LanguageDetection(detected, confidence, LanguageSource.Fallback, distrust + "; using " + LanguageOptions.DefaultFallback + " by default"), null);
    }

    /// <summary>ISO 639-1 code of the most likely language and its confidence; (null, 0) when the text has no letters.</summary>
    private (string? Code, double Confidence) DetectTop(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, 0);
        }

        // Sorted by confidence, highest first; all zero when the rule engine finds no letters.
        foreach (var (language, confidence) in _detector.Value.ComputeLanguageConfidenceValues(text))
        {
            return language == Lingua.Language.Unknown || confidence <= 0
                ? (null, 0)
                : (LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(), Math.Round(confidence, 4));
        }

        return (null, 0);
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
