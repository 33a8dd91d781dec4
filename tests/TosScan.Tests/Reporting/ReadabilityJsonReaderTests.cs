using System.Text.Json;
using TosScan.Readability;
using TosScan.Reporting.Json;
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
    public void A_german_report_shows_its_own_figures_and_verdicts_and_no_english_grade()
    {
        var report = new ReadabilityAnalyzer().ScoreText(
            "Wir erheben die Daten, die Sie uns bei der Registrierung geben. Wir speichern sie nur so lange, wie es für die Bereitstellung unserer Dienste erforderlich ist.", "de");
        var summary = ReadabilityJsonReader.Read(JsonSerializer.SerializeToElement(report, TosScanJson.Compact));

        Assert.True(summary.Scored, summary.NotScoredReason);
        Assert.Equal("de", summary.Language);
        Assert.Null(summary.FleschKincaidGrade);
        Assert.StartsWith("de: flesch_reading_ease ", summary.LanguageFigures, StringComparison.Ordinal);
        Assert.Contains("wiener_sachtextformel_1 ", summary.LanguageFigures, StringComparison.Ordinal);
        Assert.Equal(["children", "young_people", "parents"], summary.Suitability.Select(v => v.Audience));
        Assert.Null(summary.VerdictNote);
    }

    [Fact]
    public void A_language_without_a_published_band_says_it_has_no_verdict()
    {
        var report = new ReadabilityAnalyzer().ScoreText("Wij verzamelen de gegevens die u ons geeft wanneer u een account aanmaakt, en wij gebruiken ze voor onze diensten.", "nl");
        var summary = ReadabilityJsonReader.Read(JsonSerializer.SerializeToElement(report, TosScanJson.Compact));

        Assert.True(summary.Scored, summary.NotScoredReason);
        Assert.StartsWith("nl: flesch_reading_ease ", summary.LanguageFigures, StringComparison.Ordinal);
        Assert.Empty(summary.Suitability);
        Assert.StartsWith("no verdict for this language", summary.VerdictNote, StringComparison.Ordinal);
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

    [Fact]
    public void The_readability_stage_shape_is_read_document_figures_first()
    {
        // The shape the readability stage serialises: metrics and counts nested, suitability a list,
        // per-section metrics deeper down.
        var summary = Read("""
            {"mode":"structured","scored":true,"language":"en","not_scored_reason":null,
             "metrics":{"flesch_reading_ease":41.3,"flesch_kincaid_grade":13.7,"gunning_fog":16.1,"smog_index":14.2,"coleman_liau_index":12.9,
                        "automated_readability_index":14.8,"dale_chall_readability_score":9.4,"linsear_write_formula":15.5,"text_standard":14,"text_standard_label":"13th and 14th grade"},
             "counts":{"words":5012,"sentences":230,"syllables":8100,"polysyllables":700,"difficult_words":640,"letters":25000,"characters":27000},
             "reading_time_minutes":20.0,"words_per_minute":250,
             "suitability":[{"audience":"children","age_range":"10-12","verdict":"very_difficult","grade":13.7,"estimated_reading_age":18.7,"suitable_max_grade":6,"difficult_max_grade":8,"min_flesch_reading_ease":70,"reading_time_minutes":33.4,"words_per_minute":150},
                            {"audience":"young_people","age_range":"13-17","verdict":"very_difficult","grade":13.7,"estimated_reading_age":18.7,"suitable_max_grade":8,"difficult_max_grade":11,"min_flesch_reading_ease":60,"reading_time_minutes":25.1,"words_per_minute":200},
                            {"audience":"parents","age_range":"adult","verdict":"difficult","grade":13.7,"estimated_reading_age":18.7,"suitable_max_grade":10,"difficult_max_grade":14,"min_flesch_reading_ease":null,"reading_time_minutes":20.0,"words_per_minute":250}],
             "sections":[{"section":0,"heading":null,"span":{"start":0,"length":900},"metrics":{"flesch_reading_ease":20,"flesch_kincaid_grade":19.9}}],
             "hardest_sentences":[],"jargon":[]}
            """);

        Assert.True(summary.Scored);
        Assert.Equal("structured", summary.Mode);
        Assert.Equal(13.7, summary.FleschKincaidGrade);
        Assert.Equal(41.3, summary.FleschReadingEase);
        Assert.Equal(14, summary.TextStandard);
        Assert.Equal(20.0, summary.ReadingTimeMinutes);
        Assert.Equal(
            [new SuitabilityVerdict("children", "very_difficult"), new SuitabilityVerdict("young_people", "very_difficult"), new SuitabilityVerdict("parents", "difficult")],
            summary.Suitability);
    }

    [Fact]
    public void The_readability_stage_refusal_of_a_french_document_is_not_scored()
    {
        var summary = Read("""{"mode":"structured","scored":false,"language":"fr","not_scored_reason":"English formulas apply to English text only; this text is fr","metrics":null,"counts":null,"suitability":null}""");
        Assert.False(summary.Scored);
        Assert.Equal("fr", summary.Language);
        Assert.Contains("English text only", summary.NotScoredReason, StringComparison.Ordinal);
    }
}
