using System.Text.Json;
using System.Text.Json.Serialization;

namespace TosScan.Classification.Models;

/// <summary>
/// <c>models/manifest.json</c>: what the models are, what they were trained on, how they were
/// tuned and how well they do. Written by <c>tosscan train</c>; the evaluation table is added by
/// <c>tosscan evaluate --record</c>.
/// </summary>
public sealed record ModelManifest
{
    public int SchemaVersion { get; init; } = 1;

    /// <summary>
    /// When <c>tosscan train</c> wrote these models (UTC): the review queue counts the decisions made
    /// since, which the models have not learned from. Null in manifests written before it was recorded.
    /// </summary>
    public DateTimeOffset? TrainedAt { get; init; }

    public required string MlNetVersion { get; init; }

    public required TrainingDataInfo TrainingData { get; init; }

    public required FeatureSpaceInfo FeatureSpace { get; init; }

    public required TrainerInfo Trainer { get; init; }

    public required IReadOnlyDictionary<string, LabelModelInfo> Labels { get; init; }

    /// <summary>The sentence encoder whose vectors follow the sparse features; null when the models use none.</summary>
    public EmbeddingInfo? Embedding { get; init; }

    public string ConsentMethod { get; init; } = "rules: consent phrases (with your consent, opt in) before opt-out phrases (opt out, unsubscribe, settings)";

    public IReadOnlyList<EvaluationRecord> Evaluation { get; init; } = [];

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>Which corpus files, how many rows and their SHA-256.</summary>
public sealed record TrainingDataInfo(IReadOnlyList<string> Files, int Rows, string Sha256, IReadOnlyDictionary<string, int> Positives);

/// <summary>The vocabulary file and the rule feature names, in feature order.</summary>
public sealed record FeatureSpaceInfo(string VocabularyFile, int VocabularySize, int MinDocumentFrequency, IReadOnlyList<string> Rules);

/// <summary>
/// The sentence encoder the models need, its vector length, the factor on its vectors, the file of the
/// training mean and, when the models use them, the nearest training texts' votes.
/// </summary>
public sealed record EmbeddingInfo(string Model, int Dimension, float Scale, string MeanFile, NeighbourInfo? Neighbours = null);

/// <summary>The file of training texts that vote, how many vote (K), the factor on the votes and each label's mean vote, in label order.</summary>
public sealed record NeighbourInfo(string File, int Texts, int K, float Scale, IReadOnlyList<float> VoteMean);

/// <summary>The trainer and its settings.</summary>
public sealed record TrainerInfo(string Name, int Seed, int Threads, float L1Regularization, float L2Regularization, int Folds, string ThresholdRule, string? FoldGrouping = null);

/// <summary>
/// One label's model file, calibration, threshold and cross-validated metrics; with sentence vectors,
/// also the cascade's bound: how far the vector may move the margin (a quantile of the moves seen on
/// the training texts), beyond which a text's vector is not computed.
/// </summary>
public sealed record LabelModelInfo(
    string ModelFile,
    double Threshold,
    double PlattSlope,
    double PlattOffset,
    int NonZeroWeights,
    MetricSet CrossValidation,
    MetricSet Training,
    double? EmbeddingShift = null,
    ParagraphCalibrationInfo? Paragraphs = null);

/// <summary>
/// The calibration and threshold a label applies to a text of several sentences, which is scored by
/// its best unit (the text or one of its sentences): fitted on the training texts of several
/// sentences, scored that way out of fold. Null in manifests from before the fourteenth round of
/// issue 12, whose models apply one calibration to every text.
/// </summary>
public sealed record ParagraphCalibrationInfo(double Threshold, double PlattSlope, double PlattOffset, MetricSet CrossValidation);

/// <summary>Precision, recall and F1 with support; the interval is a 95% bootstrap interval of F1.</summary>
public sealed record MetricSet(int Positives, int Predicted, int TruePositives, double Precision, double Recall, double F1, double? F1Low = null, double? F1High = null);

/// <summary>The evaluation of the committed models on one file (with its filters).</summary>
public sealed record EvaluationRecord(
    string File,
    IReadOnlyList<string> Where,
    int Rows,
    IReadOnlyDictionary<string, MetricSet> Labels,
    double? ConsentAccuracy,
    int ConsentRows,
    DocumentEvaluation? Documents = null,
    IReadOnlyDictionary<string, CalibrationReport>? Calibration = null);

/// <summary>
/// The same labels judged per document (<c>evaluate --by FIELD</c>): rows sharing the field's value
/// form one document, which has a label when any of its rows has it and is flagged when any of its
/// rows is flagged. This is the question a provider scorecard answers ("does this policy share data
/// for marketing?"), and its interval resamples documents, not rows.
/// </summary>
/// <param name="Field">The row field that names the document (e.g. <c>policy</c>).</param>
/// <param name="Count">Documents after filtering.</param>
/// <param name="Labels">Document-level precision, recall and F1 per label.</param>
public sealed record DocumentEvaluation(string Field, int Count, IReadOnlyDictionary<string, MetricSet> Labels);

/// <summary>
/// How well one label's calibrated scores match how often the label is really there, on one set.
/// A policy officer reads a score of 0.8 as "right about 8 times in 10"; this says whether that holds.
/// </summary>
/// <param name="Brier">Mean squared difference between score and truth (0 is perfect).</param>
/// <param name="ExpectedCalibrationError">Row-weighted mean gap between mean score and share labelled, over <paramref name="Bins"/>.</param>
/// <param name="Bins">Score bins 0-0.2, 0.2-0.4, ..., 0.8-1 that hold rows.</param>
public sealed record CalibrationReport(double Brier, double ExpectedCalibrationError, IReadOnlyList<ScoreBin> Bins);

/// <summary>Rows whose score falls in [From, To) (the last bin includes 1), their mean score and the share that carry the label.</summary>
public sealed record ScoreBin(double From, double To, int Rows, double MeanScore, double Labelled);
