using TosScan.Readability;

namespace TosScan.Tests.Readability;

public sealed class SuitabilityTests
{
    private static AudienceThresholds Audience(string name) => AudienceThresholds.Defaults.Single(a => a.Audience == name);

    [Theory]
    [InlineData("children", 4.0, 80, "suitable")]
    [InlineData("children", 5.0, 80, "suitable")]
    [InlineData("children", 5.1, 80, "difficult")]
    [InlineData("children", 7.0, 70, "difficult")]
    [InlineData("children", 7.1, 70, "very_difficult")]
    [InlineData("young_people", 8.0, 60, "suitable")]
    [InlineData("young_people", 8.1, 60, "difficult")]
    [InlineData("young_people", 12.0, 40, "difficult")]
    [InlineData("young_people", 12.1, 40, "very_difficult")]
    [InlineData("parents", 8.0, 60, "suitable")]
    [InlineData("parents", 8.0, 59.9, "difficult")]   // plain language needs both FK <= 8 and FRE >= 60
    [InlineData("parents", 12.0, 35, "difficult")]
    [InlineData("parents", 14.0, 20, "very_difficult")]
    public void Verdicts_follow_the_documented_thresholds(string audience, double grade, double ease, string verdict)
    {
        var result = Audience(audience).Assess(grade, ease, 1200);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(grade + 5, result.EstimatedReadingAge, 10);
        Assert.Equal(1200 / result.WordsPerMinute, result.ReadingTimeMinutes, 10);
    }

    [Fact]
    public void The_three_audiences_carry_their_age_bands_and_reading_rates()
    {
        Assert.Equal(["children", "young_people", "parents"], AudienceThresholds.Defaults.Select(a => a.Audience));
        Assert.Equal("10-12", Audience("children").AgeRange);
        Assert.Equal("13-17", Audience("young_people").AgeRange);
        Assert.True(Audience("children").WordsPerMinute < Audience("young_people").WordsPerMinute);
        Assert.True(Audience("young_people").WordsPerMinute < Audience("parents").WordsPerMinute);
    }

    [Fact]
    public void A_report_has_one_verdict_per_audience()
    {
        var report = new ReadabilityAnalyzer().ScoreText(
            "Notwithstanding the aforementioned provisions, the licensee shall indemnify the licensor against consequential liabilities arising hereunder.");

        Assert.Equal(3, report.Suitability!.Count);
        Assert.All(report.Suitability, s => Assert.Equal("very_difficult", s.Verdict));
    }
}
