using TosScan.Readability;
using TosScan.Readability.Languages;

namespace TosScan.Tests.Readability.Languages;

public sealed class LanguageVerdictTests
{
    private static readonly ReadabilityAnalyzer Analyzer = new();

    private const string EasyItalian = "Il gatto è nero. Il cane è bianco. La casa è grande. Noi siamo qui. Tu sei là.";

    private const string HardItalian =
        "L'utilizzatore riconosce espressamente che qualsiasi controversia derivante dall'interpretazione, dall'esecuzione " +
        "o dalla risoluzione delle presenti condizioni contrattuali, comprese quelle relative alla loro validità, " +
        "sarà devoluta alla competenza esclusiva dell'autorità giudiziaria individuata conformemente alle disposizioni " +
        "legislative internazionali applicabili, fatte salve le prerogative inderogabili riconosciute ai consumatori.";

    private const string HardSpanish =
        "El usuario reconoce expresamente que cualquier controversia derivada de la interpretación, ejecución " +
        "o resolución de las presentes condiciones contractuales, incluidas las relativas a su validez, " +
        "será sometida a la competencia exclusiva de los órganos jurisdiccionales determinados conforme a las disposiciones " +
        "legislativas internacionales aplicables, sin perjuicio de los derechos irrenunciables reconocidos a los consumidores.";

    [Theory]
    [InlineData(100, 5)]
    [InlineData(80, 5)]
    [InlineData(79.9, 8)]
    [InlineData(60, 8)]
    [InlineData(40, 13)]
    [InlineData(39.9, 16)]
    [InlineData(-20, 16)]
    public void Gulpease_bands_give_the_school_level_lucisano_and_piemontese_name(double gulpease, double grade)
    {
        var verdict = LanguageProfiles.Find("it")!.Verdict!;

        Assert.Equal(grade, verdict.GradeOf(gulpease).Grade);
    }

    [Fact]
    public void The_wiener_sachtextformel_is_a_school_grade_itself()
    {
        var verdict = LanguageProfiles.Find("de")!.Verdict!;

        Assert.Equal((11.3, null), verdict.GradeOf(11.3));
    }

    [Fact]
    public void Easy_italian_suits_every_audience_and_a_legal_sentence_suits_none()
    {
        var easy = Analyzer.ScoreText(EasyItalian, "it");
        var hard = Analyzer.ScoreText(HardItalian, "it");

        Assert.True(easy.Formulas!.Single(f => f.Name == "gulpease_index").Value >= 80);
        Assert.All(easy.Suitability!, s => Assert.Equal("suitable", s.Verdict));
        Assert.True(hard.Formulas!.Single(f => f.Name == "gulpease_index").Value < 40);
        Assert.All(hard.Suitability!, s => Assert.Equal("very_difficult", s.Verdict));
        Assert.StartsWith("gulpease_index ", hard.Suitability![0].Basis, StringComparison.Ordinal);
        Assert.Contains("Lucisano and Piemontese (1988)", hard.Suitability[0].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spanish_legal_sentence_is_judged_on_fernandez_huertas_table()
    {
        var report = Analyzer.ScoreText(HardSpanish, "es");

        var huerta = report.Formulas!.Single(f => f.Name == "fernandez_huerta").Value;
        Assert.True(huerta < 30, $"Fernández Huerta {huerta}");
        Assert.Equal(["children", "young_people", "parents"], report.Suitability!.Select(s => s.Audience));
        Assert.All(report.Suitability!, s => Assert.Equal("very_difficult", s.Verdict));
        Assert.All(report.Suitability!, s => Assert.Equal(16, s.Grade));
        Assert.Null(report.VerdictNote);
    }

    [Theory]
    [InlineData("fr", "Nous collectons les données que vous nous donnez lorsque vous créez un compte sur notre service.")]
    [InlineData("nl", "Wij verzamelen de gegevens die u ons geeft wanneer u een account aanmaakt op onze dienst.")]
    [InlineData("pt", "Recolhemos os dados que nos fornece quando cria uma conta no nosso serviço.")]
    public void Languages_without_a_published_band_get_figures_and_no_verdict(string language, string text)
    {
        var report = Analyzer.ScoreText(text, language);

        Assert.True(report.Scored, report.NotScoredReason);
        Assert.Equal(language, report.Language);
        Assert.NotEmpty(report.Formulas!);
        Assert.Empty(report.Suitability!);
        Assert.StartsWith("no verdict for this language", report.VerdictNote, StringComparison.Ordinal);
    }
}
