using TosScan.Classification.Features;

namespace TosScan.Classification.Models;

/// <summary>
/// One label's linear model, read out of its ML.NET model file: weights over the feature space,
/// bias, the Platt calibration fitted on cross-validated scores, and the decision threshold.
/// Scoring is a sparse dot product: no PredictionEngine, no locks, no allocation.
/// </summary>
internal sealed class LabelModel
{
    private readonly float[] _weights;

    public LabelModel(string label, float[] weights, float bias, PlattParameters platt, double threshold, double? embeddingShift = null, (PlattParameters Platt, double Threshold)? paragraphs = null)
    {
        EmbeddingShift = embeddingShift;
        Paragraphs = paragraphs;
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        Label = label;
        _weights = weights;
        Bias = bias;
        Platt = platt;
        Threshold = threshold;
    }

    public string Label { get; }

    /// <summary>
    /// How far the sentence vector may move this model's margin as far as the cascade is concerned,
    /// recorded at training (a quantile of the moves seen on the training texts); null when the
    /// manifest records none.
    /// </summary>
    public double? EmbeddingShift { get; }

    public float Bias { get; }

    public PlattParameters Platt { get; }

    public double Threshold { get; }

    /// <summary>
    /// Calibration and threshold for a text of several sentences, scored by its best unit; null when
    /// the manifest has none (then <see cref="Platt"/> and <see cref="Threshold"/> serve every text).
    /// </summary>
    public (PlattParameters Platt, double Threshold)? Paragraphs { get; }

    /// <summary>The calibration for a text of one sentence or of several.</summary>
    public PlattParameters PlattFor(bool severalSentences) => severalSentences && Paragraphs is { } p ? p.Platt : Platt;

    /// <summary>The threshold for a text of one sentence or of several.</summary>
    public double ThresholdFor(bool severalSentences) => severalSentences && Paragraphs is { } p ? p.Threshold : Threshold;

    public int Dimension => _weights.Length;

    public float WeightOf(int feature) => feature < _weights.Length ? _weights[feature] : 0f;

    /// <summary>Euclidean length of the weights from <paramref name="from"/> on (the sentence-vector part).</summary>
    public double WeightNorm(int from) => Math.Sqrt(_weights.Skip(from).Sum(w => (double)w * w));

    /// <summary>The part of the margin that features from <paramref name="from"/> on contribute.</summary>
    public double PartialMargin(ClauseFeatures features, int from)
    {
        ArgumentNullException.ThrowIfNull(features);
        double sum = 0;
        for (var i = 0; i < features.Indices.Length; i++)
        {
            var index = features.Indices[i];
            if (index >= from && index < _weights.Length)
            {
                sum += _weights[index] * features.Values[i];
            }
        }

        return sum;
    }

    /// <summary>The raw linear score (margin) of a feature vector.</summary>
    public double Margin(ClauseFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double sum = Bias;
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            if (indices[i] < _weights.Length)
            {
                sum += _weights[indices[i]] * values[i];
            }
        }

        return sum;
    }

    /// <summary>The calibrated probability that the label applies.</summary>
    public double Score(ClauseFeatures features) => Platt.Probability(Margin(features));
}
