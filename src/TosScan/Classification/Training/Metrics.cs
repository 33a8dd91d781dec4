using TosScan.Classification.Models;

namespace TosScan.Classification.Training;

/// <summary>Precision, recall and F1 from (predicted, truth) pairs. Empty denominators give 0.</summary>
internal static class Metrics
{
    public static MetricSet Of(IEnumerable<(bool Predicted, bool Truth)> pairs)
    {
        int tp = 0, predicted = 0, positives = 0;
        foreach (var (p, t) in pairs)
        {
            if (p)
            {
                predicted++;
            }

            if (t)
            {
                positives++;
            }

            if (p && t)
            {
                tp++;
            }
        }

        return FromCounts(tp, predicted, positives);
    }

    public static MetricSet FromCounts(int truePositives, int predicted, int positives)
    {
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = positives == 0 ? 0 : (double)truePositives / positives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new MetricSet(positives, predicted, truePositives, Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4));
    }

    public static double F1(int truePositives, int predicted, int positives) =>
        predicted + positives == 0 ? 0 : 2.0 * truePositives / (predicted + positives);
}
