using TosScan.Classification.Training;

namespace TosScan.Tests.Classification;

public sealed class ThresholdChooserTests
{
    // Positives score 0.6-0.9 and negatives 0.1-0.3, with one negative at 0.5: every threshold in
    // (0.3, 0.6] separates all but that one negative, and (0.5, 0.6] separates everything.
    private static readonly (double Score, bool Truth)[] Scored =
    [
        (0.1, false), (0.2, false), (0.3, false), (0.5, false),
        (0.6, true), (0.7, true), (0.8, true), (0.9, true),
    ];

    [Fact]
    public void Without_a_plateau_the_lowest_best_threshold_is_used()
    {
        var threshold = ThresholdChooser.Choose(Scored, precisionFloor: null);

        // Best F1 (1.0) first reached at 0.6, centred in the gap down to 0.5.
        Assert.Equal(0.55, threshold, 4);
    }

    [Fact]
    public void With_a_plateau_the_median_of_the_near_best_thresholds_is_used()
    {
        var narrow = ThresholdChooser.Choose(Scored, precisionFloor: null, plateau: 0.01);
        var wide = ThresholdChooser.Choose(Scored, precisionFloor: null, plateau: 0.12);

        // 0.01 admits only F1 = 1.0 (threshold 0.6). 0.12 also admits 0.5 (F1 0.889) but not 0.7
        // (F1 0.857), so the near-best set is {0.5, 0.6}; its lower median 0.5 is centred towards 0.3.
        Assert.Equal(0.55, narrow, 4);
        Assert.Equal(0.4, wide, 4);
    }

    [Fact]
    public void A_protective_label_never_trades_the_precision_floor_for_f1()
    {
        var threshold = ThresholdChooser.Choose(Scored, precisionFloor: 0.95, plateau: 0.05);

        Assert.True(threshold > 0.5);
    }

    [Fact]
    public void A_protective_label_takes_the_top_of_its_plateau()
    {
        // Precision >= 0.75 from 0.5 up; F1 is 0.889 at 0.5, 1.0 at 0.6, 0.857 at 0.7 and 0.667 at 0.8.
        // A plateau of 0.2 admits {0.6, 0.7}; the top, 0.7, is centred towards 0.6.
        var threshold = ThresholdChooser.Choose(Scored, precisionFloor: 0.75, plateau: 0.2);

        Assert.Equal(0.65, threshold, 4);
    }

    [Fact]
    public void Balancing_weighs_the_real_rows_f1_beside_the_whole()
    {
        // Corpus positives score 0.6-0.8 and corpus negatives 0.31-0.45, so on all rows the best
        // threshold is 0.6; the real positives score 0.3-0.4, and their F1 pulls the threshold to them.
        double[] corpusPositives = [0.6, 0.65, 0.7, 0.75, 0.8];
        double[] corpusNegatives = [0.1, 0.2, 0.31, 0.33, 0.36, 0.37, 0.39, 0.42, 0.45];
        double[] realPositives = [0.3, 0.35, 0.4];
        (double Score, bool Truth)[] real = [.. realPositives.Select(s => (s, true)), (0.05, false)];
        (double Score, bool Truth)[] rows =
        [
            .. corpusPositives.Select(s => (s, true)),
            .. corpusNegatives.Select(s => (s, false)),
            .. real,
        ];

        var whole = ThresholdChooser.Choose(rows, precisionFloor: null);
        var balanced = ThresholdChooser.Choose(rows, real, precisionFloor: null);

        Assert.Equal(0.525, whole, 4);
        Assert.Equal(0.25, balanced, 4);
    }
}
