using TosScan.Classification.Models;

namespace TosScan.Tests.Classification;

public sealed class ManifestFiguresTests
{
    [Fact]
    public void On_a_small_label_one_sentence_lost_is_within_the_floor_and_two_are_not()
    {
        // 15 positives, 13 flagged, 7 right: F1 0.500. One positive lost gives 0.444, more than 0.03.
        var recorded = new MetricSet(15, 13, 7, 0.5385, 0.4667, 0.5);

        var floor = ManifestFigures.Floor(recorded);

        Assert.True(floor <= 0.4444, $"floor {floor}");
        Assert.True(floor > 0.3846, $"floor {floor}"); // two lost: 2 * 5 / (11 + 15)
    }

    [Fact]
    public void On_a_large_label_the_floor_is_the_tolerance()
    {
        // 80 positives, 80 flagged, 72 right: F1 0.900; one sentence moves it by about 0.006.
        var recorded = new MetricSet(80, 80, 72, 0.9, 0.9, 0.9);

        Assert.Equal(0.9 - ManifestFigures.Tolerance - 1e-4, ManifestFigures.Floor(recorded), 6);
    }
}
