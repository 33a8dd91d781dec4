using TosScan.Classification.Evaluation;

namespace TosScan.Tests.Classification.Evaluation;

public sealed class CalibrationMeasureTests
{
    [Fact]
    public void Scores_that_match_how_often_the_label_is_there_have_no_calibration_error()
    {
        // Ten rows at 0.9 of which nine carry the label; ten at 0.1 of which one does.
        var scores = Enumerable.Repeat(0.9, 10).Concat(Enumerable.Repeat(0.1, 10)).ToArray();
        var truth = Enumerable.Range(0, 10).Select(i => i < 9).Concat(Enumerable.Range(0, 10).Select(i => i < 1)).ToArray();

        var report = CalibrationMeasure.Of(scores, truth);

        Assert.Equal(0, report.ExpectedCalibrationError, 6);
        Assert.Equal(0.09, report.Brier, 6); // (9 * 0.01 + 0.81) / 10 for each half
        Assert.Equal([(0.0, 10, 0.1), (0.8, 10, 0.9)], report.Bins.Select(b => (b.From, b.Rows, b.Labelled)));
    }

    [Fact]
    public void Overconfident_scores_show_their_gap_in_the_bin_they_fall_in()
    {
        // Four rows scored 0.95, only one of them labelled: the 0.8-1 bin is 0.70 too confident.
        var report = CalibrationMeasure.Of([0.95, 0.95, 0.95, 0.95, 1.0], [true, false, false, false, true]);

        var top = Assert.Single(report.Bins);
        Assert.Equal((0.8, 1.0, 5), (top.From, top.To, top.Rows));
        Assert.Equal(0.96, top.MeanScore, 6);
        Assert.Equal(0.4, top.Labelled, 6);
        Assert.Equal(0.56, report.ExpectedCalibrationError, 6);
    }

    [Fact]
    public void An_empty_set_has_no_bins()
    {
        var report = CalibrationMeasure.Of([], []);

        Assert.Empty(report.Bins);
    }
}
