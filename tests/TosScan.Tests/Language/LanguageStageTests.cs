using TosScan.Documents;
using TosScan.Language;

namespace TosScan.Tests.Language;

public sealed class LanguageStageTests
{
    /// <summary>The example of issue 12: Lingua calls it French with confidence about 0.9.</summary>
    public const string ShortEnglish = "We sell your personal data to advertisers.";

    public const string LongFrench =
        "Nous conservons vos photos et vos messages pendant toute la durée de votre compte, et parfois plus longtemps. " +
        "Nous pouvons partager vos informations personnelles avec nos partenaires publicitaires afin de vous montrer des annonces. " +
        "Vous nous accordez une licence mondiale, gratuite et perpétuelle pour utiliser le contenu que vous publiez sur le service.";

    [Fact]
    public async Task Short_text_falls_back_to_English_and_records_what_was_detected()
    {
        var result = await new LanguageStage().ProcessAsync(Plain(ShortEnglish), default);

        Assert.Equal("en", result.Language);
        var detection = Assert.IsType<LanguageDetection>(result.LanguageDetection);
        Assert.Equal(LanguageSource.Fallback, detection.Source);
        Assert.Equal("fr", detection.Detected);
        Assert.InRange(detection.Confidence, 0.5, 1.0);
        Assert.Contains("too short", detection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_French_is_detected_as_French()
    {
        var result = await new LanguageStage().ProcessAsync(Plain(LongFrench), default);

        Assert.Equal("fr", result.Language);
        Assert.Equal(LanguageSource.Detected, result.LanguageDetection!.Source);
        Assert.Equal("fr", result.LanguageDetection.Detected);
        Assert.InRange(result.LanguageDetection.Confidence, 0.75, 1.0);
    }

    [Fact]
    public async Task A_given_language_wins_over_an_unconfident_detection()
    {
        var stage = new LanguageStage(new LanguageOptions { GivenLanguage = "de" });

        var result = await stage.ProcessAsync(Plain(ShortEnglish), default);

        Assert.Equal("de", result.Language);
        Assert.Equal(LanguageSource.Given, result.LanguageDetection!.Source);
        Assert.Equal("fr", result.LanguageDetection.Detected);
    }

    [Fact]
    public async Task A_confident_detection_wins_over_a_given_language_and_the_disagreement_is_noted()
    {
        var stage = new LanguageStage(new LanguageOptions { GivenLanguage = "en" });

        var result = await stage.ProcessAsync(Plain(LongFrench), default);

        Assert.Equal("fr", result.Language);
        Assert.Equal(LanguageSource.Detected, result.LanguageDetection!.Source);
        Assert.Contains(result.Notes, n => n.Contains("--language en", StringComparison.Ordinal) && n.Contains("fr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Low_confidence_falls_back_even_on_long_enough_text()
    {
        // "We never sell your data." is English at about 0.66: below a 0.8 bar, above a 0.5 one.
        var text = "We never sell your data.";
        var strict = new LanguageStage(new LanguageOptions { MinimumLetters = 0, MinimumConfidence = 0.8 });
        var lenient = new LanguageStage(new LanguageOptions { MinimumLetters = 0, MinimumConfidence = 0.5 });

        var low = (await strict.ProcessAsync(Plain(text), default)).LanguageDetection!;
        var high = (await lenient.ProcessAsync(Plain(text), default)).LanguageDetection!;

        Assert.Equal(LanguageSource.Fallback, low.Source);
        Assert.Contains("confidence", low.Reason, StringComparison.Ordinal);
        Assert.Equal(LanguageSource.Detected, high.Source);
    }

    [Fact]
    public async Task Empty_text_falls_back_with_nothing_detected()
    {
        var result = await new LanguageStage().ProcessAsync(Plain("   "), default);

        Assert.Equal("en", result.Language);
        Assert.Null(result.LanguageDetection!.Detected);
        Assert.Equal(0, result.LanguageDetection.Confidence);
        Assert.Equal(LanguageSource.Fallback, result.LanguageDetection.Source);
    }

    [Theory]
    [InlineData(-1, 0.75, null)]
    [InlineData(10_001, 0.75, null)]
    [InlineData(100, -0.1, null)]
    [InlineData(100, 1.1, null)]
    [InlineData(100, 0.75, "english")]
    [InlineData(100, 0.75, "E")]
    public void Options_out_of_range_are_refused_naming_the_option(int letters, double confidence, string? given)
    {
        var options = new LanguageOptions { MinimumLetters = letters, MinimumConfidence = confidence, GivenLanguage = given };

        var ex = Assert.ThrowsAny<ArgumentException>(options.Validate);
        Assert.Contains("LanguageOptions.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_language_is_read_in_lower_case()
    {
        Assert.Equal("de", LanguageOptions.NormaliseCode(" DE "));
    }

    private static Document Plain(string text)
    {
        var source = new DocumentSource("test", DocumentType.PrivacyPolicy, "memory", DateTimeOffset.UnixEpoch, new string('0', 64), "text/plain");
        return new Document(source, text, [new Block(BlockKind.Paragraph, new TextSpan(0, text.Length))]);
    }
}
