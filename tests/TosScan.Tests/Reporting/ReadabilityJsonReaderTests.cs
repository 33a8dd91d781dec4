using System.Text.Json;
using TosScan.Reporting.Scorecards;

namespace TosScan.Tests.Reporting;

public sealed class ReadabilityJsonReaderTests
{
    private static ReadabilitySummary Read(string? json) =>
        ReadabilityJsonReader.Read(json is null ? null : JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void Missing_section_is_not_scored()
    {
        var summary = Read(null);
        Assert.False(summary.Scored);
        Assert.Contains("did not run", summary.NotScoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Flat_figures_with_suitability_by_audience_are_read()
    {
        var summary = Read("""{"mode":"textstat","flesch_kincaid_grade":13.2,"flesch_reading_ease":35.1,"reading_time_minutes":12.5,"suitability":{"children":"very_difficult","parents":{"verdict":"difficult","reading_age":17}}}""");
        Assert.True(summary.Scored);
        Assert.Equal("textstat", summary.Mode);
        Assert.Equal(13.2, summary.FleschKincaidGrade);
        Assert.Equal(35.1, summary.FleschReadingEase);
        Assert.Equal(12.5, summary.ReadingTimeMinutes);
        Assert.Equal([new SuitabilityVerdict("children", "very_difficult"), new SuitabilityVerdict("parents", "difficult")], summary.Suitability);
    }

    [Fact]
    public void The_document_figure_wins_over_a_per_section_one_and_suitability_may_be_a_list()
    {
        var summary = Read("""
            {"sections":[{"flesch_kincaid_grade":30}],"metrics":{"flesch_kincaid_grade":11},
             "text_standard":{"grade":12,"label":"11th and 12th grade"},
             "suitability":[{"audience":"young_people","verdict":"difficult"}]}
            """);
        Assert.Equal(11, summary.FleschKincaidGrade);
        Assert.Equal(12, summary.TextStandard);
        Assert.Equal([new SuitabilityVerdict("young_people", "difficult")], summary.Suitability);
    }

    [Theory]
    [InlineData("""{"mode":"structured","scored":false,"not_scored_reason":"language is fr"}""", "language is fr")]
    [InlineData("""{"language":"de","not_scored":"English formulas apply to English text only"}""", "English formulas")]
    [InlineData("""{"mode":"structured","scored":false,"not_scored_reason":null}""", "not scored")]
    public void A_declined_document_is_not_scored_with_its_reason_and_never_zero(string json, string reason)
    {
        var summary = Read(json);
        Assert.False(summary.Scored);
        Assert.Null(summary.FleschKincaidGrade);
        Assert.Contains(reason, summary.NotScoredReason, StringComparison.Ordinal);
    }
}
