using TosScan.Classification.Models;

namespace TosScan.Classification.Training;

/// <summary>
/// Picks a label's threshold from cross-validated (score, truth) pairs of the training corpus —
/// never from an evaluation set. Risk labels maximise F1; protective labels maximise recall while
/// keeping precision at a floor (then the best F1), because a wrongly
/// reassuring flag is worse than a missing one. With a plateau of 0 a risk label gets the lowest
/// threshold with the best value; with a plateau it gets the median threshold within that distance of
/// the best, and a protective label the highest.
/// </summary>
internal static class ThresholdChooser
{
    public static double Choose(IReadOnlyList<(double Score, bool Truth)> scored, double? precisionFloor, double plateau = 0) =>
        Choose(scored, null, precisionFloor, plateau);

    /// <param name="scored">Out-of-fold (score, truth) pairs.</param>
    /// <param name="real">
    /// When given, the pairs of the rows from real documents among <paramref name="scored"/>: a risk
    /// label then maximises the mean of the F1 on all rows and the F1 on these, so the threshold
    /// answers to the register of real documents as much as to the team's corpus.
    /// </param>
    /// <param name="precisionFloor">A protective label's minimum precision; null for a risk label.</param>
    /// <param name="plateau">Thresholds within this distance of the best value count as equally good.</param>
    public static double Choose(IReadOnlyList<(double Score, bool Truth)> scored, IReadOnlyList<(double Score, bool Truth)>? real, double? precisionFloor, double plateau = 0)
    {
        var candidates = scored.Select(s => Math.Round(s.Score, 4)).Distinct().Order().ToArray();
        var values = new List<(double Threshold, double Value)>();
        foreach (var threshold in candidates.Where(c => c is >= 0.05 and <= 0.95))
        {
            var m = Metrics.Of(scored.Select(s => (s.Score >= threshold, s.Truth)));
            var value = precisionFloor is { } floor
                ? (m.Precision >= floor ? 1 + m.F1 : m.F1 - 1)
                : real is null ? m.F1
                : (m.F1 + Metrics.Of(real.Select(s => (s.Score >= threshold, s.Truth))).F1) / 2;
            values.Add((threshold, value));
        }

        if (values.Count == 0)
        {
            return 0.5;
        }

        // On a corpus partly generated from templates the cross-validated F1 curve is flat over a wide
        // range, and its exact maximum moves with every added clause. Every threshold within
        // `plateau` of the best is equally supported; the median of that plateau is stable.
        var bestValue = values.Max(v => v.Value);
        var near = values.Where(v => v.Value >= bestValue - plateau - 1e-12).Select(v => v.Threshold).ToArray();
        // A protective label takes the top of the plateau: a wrongly reassuring flag costs more than a
        // missing one, and the template corpus separates protective wording far more cleanly than real
        // policies do, so the bottom of its plateau sits at scores real risky text reaches.
        var best = precisionFloor is null ? near[(near.Length - 1) / 2] : near[^1];

        // Centre the threshold in the gap to the next lower score, so it is not glued to one clause.
        var below = candidates.Where(c => c < best).DefaultIfEmpty(0).Max();
        return Math.Round((best + Math.Max(below, best - 0.2)) / 2, 4);
    }
}
