using System.Text.Json;
using TosScan.Classification.Models;
using TosScan.Classification.Training;

namespace TosScan.Classification.Evaluation;

/// <summary>
/// Precision, recall and F1 per label on a labelled file, each F1 with a 95% percentile bootstrap
/// interval (rows resampled with replacement, fixed seed, so the same run prints the same interval).
/// A row is one unit: its whole text is classified.
/// </summary>
public sealed class ClassifierEvaluator
{
    private readonly IClauseClassifier _classifier;
    private readonly int _resamples;
    private readonly int _seed;

    /// <param name="classifier">The classifier under test.</param>
    /// <param name="resamples">Bootstrap resamples (100-100000). Default 1,000.</param>
    /// <param name="seed">Bootstrap seed. Default 12345.</param>
    public ClassifierEvaluator(IClauseClassifier classifier, int resamples = 1000, int seed = 12345)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(resamples, 100_000);
        _classifier = classifier;
        _resamples = resamples;
        _seed = seed;
    }

    /// <param name="fileName">Name shown and recorded for the file.</param>
    /// <param name="rows">The labelled rows.</param>
    /// <param name="filters">Rows must match every filter.</param>
    /// <param name="labels">Labels to measure.</param>
    /// <param name="documentField">When set, also judge whole documents: rows with the same value of
    /// this field form one document. Every selected row must have the field.</param>
    /// <exception cref="InvalidDataException">A selected row lacks <paramref name="documentField"/>.</exception>
    public EvaluationRecord Evaluate(string fileName, IReadOnlyList<LabelledClause> rows, IReadOnlyList<RowFilter> filters, IReadOnlyList<string> labels, string? documentField = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(labels);
        var selected = rows.Where(r => filters.All(f => f.Matches(r))).ToArray();
        var documents = documentField is null ? null : DocumentKeys(fileName, selected, documentField);
        var predictions = _classifier.ClassifyAll([.. selected.Select(r => r.Text)]).ToArray();

        var results = new Dictionary<string, MetricSet>(StringComparer.Ordinal);
        var calibration = new Dictionary<string, CalibrationReport>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var predicted = predictions.Select(p => p.Labels.Contains(label) || p.Protective.Contains(label)).ToArray();
            var truth = selected.Select(r => r.Has(label)).ToArray();
            var metrics = Metrics.Of(predicted.Zip(truth));
            var (low, high) = BootstrapF1(predicted, truth);
            results[label] = metrics with { F1Low = low, F1High = high };
            calibration[label] = CalibrationMeasure.Of([.. predictions.Select(p => p.Scores[label])], truth);
        }

        // Consent is judged where the set labelled it and the classifier also flagged marketing.
        var consentPairs = selected.Zip(predictions)
            .Where(x => x.First.Consent is not null && x.Second.Consent is not null)
            .ToArray();
        double? consentAccuracy = consentPairs.Length == 0
            ? null
            : Math.Round(consentPairs.Count(x => x.First.Consent == x.Second.Consent) / (double)consentPairs.Length, 4);

        DocumentEvaluation? byDocument = null;
        if (documents is not null)
        {
            var order = documents.Distinct(StringComparer.Ordinal).ToArray();
            var index = order.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
            var perDocument = new Dictionary<string, MetricSet>(StringComparer.Ordinal);
            foreach (var label in labels)
            {
                var predicted = new bool[order.Length];
                var truth = new bool[order.Length];
                for (var i = 0; i < selected.Length; i++)
                {
                    var d = index[documents[i]];
                    predicted[d] |= predictions[i].Labels.Contains(label) || predictions[i].Protective.Contains(label);
                    truth[d] |= selected[i].Has(label);
                }

                var (low, high) = BootstrapF1(predicted, truth);
                perDocument[label] = Metrics.Of(predicted.Zip(truth)) with { F1Low = low, F1High = high };
            }

            byDocument = new DocumentEvaluation(documentField!, order.Length, perDocument);
        }

        return new EvaluationRecord(fileName, [.. filters.Select(f => f.ToString())], selected.Length, results, consentAccuracy, consentPairs.Length, byDocument, calibration);
    }

    private static string[] DocumentKeys(string fileName, LabelledClause[] rows, string field)
    {
        var keys = new string[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (!rows[i].Fields.TryGetValue(field, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                throw new InvalidDataException($"{fileName}: row '{rows[i].Id}' has no '{field}' field, so it cannot be put in a document; pick a field every row has (e.g. policy or document), or filter those rows out with --where.");
            }

            // The raw JSON text, so 12 and "12" stay different documents and nothing is lost to formatting.
            keys[i] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        }

        return keys;
    }

    private (double Low, double High) BootstrapF1(bool[] predicted, bool[] truth)
    {
        var n = predicted.Length;
        if (n == 0)
        {
            return (0, 0);
        }

        var random = new Random(_seed);
        var f1s = new double[_resamples];
        for (var b = 0; b < _resamples; b++)
        {
            int tp = 0, p = 0, t = 0;
            for (var i = 0; i < n; i++)
            {
                var k = random.Next(n);
                if (predicted[k])
                {
                    p++;
                }

                if (truth[k])
                {
                    t++;
                }

                if (predicted[k] && truth[k])
                {
                    tp++;
                }
            }

            f1s[b] = Metrics.F1(tp, p, t);
        }

        Array.Sort(f1s);
        return (Math.Round(Percentile(f1s, 0.025), 4), Math.Round(Percentile(f1s, 0.975), 4));
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
