using TosScan.Classification.Models;

namespace TosScan.Classification.Evaluation;

/// <summary>
/// Reliability of calibrated scores on a labelled set. The Platt calibration is fitted on
/// cross-validated scores of the team's corpus, so on real text it can be over- or under-confident;
/// this measures by how much, in five bins of 0.2 (wide enough that the ~50 positives of a small
/// set still fill the upper bins).
/// </summary>
internal static class CalibrationMeasure
{
    private const int BinCount = 5;

    public static CalibrationReport Of(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(truth);
        if (scores.Count != truth.Count)
        {
            throw new ArgumentException("One truth value is needed per score.", nameof(truth));
        }

        if (scores.Count == 0)
        {
            return new CalibrationReport(0, 0, []);
        }

        var rows = new int[BinCount];
        var scoreSums = new double[BinCount];
        var labelled = new int[BinCount];
        var squares = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var score = Math.Clamp(scores[i], 0, 1);
            var y = truth[i] ? 1.0 : 0.0;
            squares += (score - y) * (score - y);
            var bin = Math.Min(BinCount - 1, (int)(score * BinCount));
            rows[bin]++;
            scoreSums[bin] += score;
            labelled[bin] += truth[i] ? 1 : 0;
        }

        var bins = new List<ScoreBin>();
        var gap = 0.0;
        for (var b = 0; b < BinCount; b++)
        {
            if (rows[b] == 0)
            {
                continue;
            }

            var mean = scoreSums[b] / rows[b];
            var share = labelled[b] / (double)rows[b];
            gap += rows[b] * Math.Abs(mean - share);
            bins.Add(new ScoreBin(b / (double)BinCount, (b + 1) / (double)BinCount, rows[b], Math.Round(mean, 4), Math.Round(share, 4)));
        }

        return new CalibrationReport(Math.Round(squares / scores.Count, 4), Math.Round(gap / scores.Count, 4), bins);
    }
}
