using TosScan.Classification.Models;

namespace TosScan.Classification.Training;

/// <summary>
/// Picks a label's threshold from cross-validated (score, truth) pairs of the training corpus —
/// never from an evaluation set. Risk labels maximise F1; protective labels maximise recall while
/// keeping precision at a floor (then the best F1), because a wrongly
/// reassuring flag is worse than a missing one.
/// </summary>
internal static class ThresholdChooser
{
    public static double Choose(IReadOnlyList<(double Score, bool Truth)> scored, double? precisionFloor)
    {
        var candidates = scored.Select(s => Math.Round(s.Score, 4)).Distinct().Order().ToArray();
        double best = 0.5, bestValue = double.NegativeInfinity;
        foreach (var threshold in candidates.Where(c => c is >= 0.05 and <= 0.95))
        {
            var m = Metrics.Of(scored.Select(s => (s.Score >= threshold, s.Truth)));
            var value = precisionFloor is { } floor
                ? (m.Precision >= floor ? 1 + m.F1 : m.F1 - 1)
                : m.F1;

            // ">" keeps the lowest threshold among equals; the midpoint step below centres it.
            if (value > bestValue + 1e-12)
            {
                bestValue = value;
                best = threshold;
            }
        }

        // Centre the threshold in the gap to the next lower score, so it is not glued to one clause.
        var below = candidates.Where(c => c < best).DefaultIfEmpty(0).Max();
        return Math.Round((best + Math.Max(below, best - 0.2)) / 2, 4);
    }
}
