using TosScan.Readability.Hyphenation;

namespace TosScan.Readability.Languages;

/// <summary>
/// The languages other than English that TosScan scores, with textstat 0.7.11's constants (facts
/// from the formulas' publications) and the Debian package of each hyphenation dictionary.
/// English keeps its own formulas (<see cref="ReadabilityFormulas"/>); any other language is
/// reported as having no formula.
/// </summary>
internal static class LanguageProfiles
{
    /// <summary>The en_US dictionary, textstat's fallback for words the CMU dictionary lacks.</summary>
    public static HyphenationDictionary English { get; } = new("hyphen-en-us", ["hyph_en_US.dic", "hyph_en.dic"]);

    private const string NoPublishedGradeBand =
        "no verdict for this language: the formula adapts Flesch's reading ease, but TosScan knows no band published for this adaptation that maps it onto school grades or ages";

    public static IReadOnlyList<LanguageProfile> All { get; } =
    [
        new(
            "de",
            "German",
            new("hyphen-de", ["hyph_de_DE.dic", "hyph_de.dic"]),
            new(180, 1, 58.5, "Amstad (1978), Flesch adapted to German"),
            [LanguageFormula.WienerSachtextformel],
            new("wiener_sachtextformel_1", "Wiener Sachtextformel 1 gives the school grade (Schulstufe 4-15) a non-fiction text suits (Bamberger and Vanecek, 1984); parents also need Amstad's reading ease >= 60 (Amstad 1978: 60-70 'mittel', plain for 13-15 year olds)"),
            null),
        new(
            "fr",
            "French",
            new("hyphen-fr", ["hyph_fr.dic", "hyph_fr_FR.dic"]),
            new(207, 1.015, 73.6, "Kandel and Moles (1958), Flesch adapted to French"),
            [],
            null,
            NoPublishedGradeBand),
        new(
            "es",
            "Spanish",
            new("hyphen-es", ["hyph_es_ES.dic", "hyph_es.dic"]),
            new(206.84, 1.02, 60, "Fernández Huerta (1959), Flesch adapted to Spanish"),
            [LanguageFormula.FernandezHuerta, LanguageFormula.SzigrisztPazos, LanguageFormula.Crawford, LanguageFormula.GutierrezPolini],
            new(
                "fernandez_huerta",
                "Fernández Huerta's (1959) table from score to school level (90-100 4th grade, 80-90 5th, 70-80 6th, 60-70 7th-8th, 50-60 pre-university, 30-50 selective courses, 0-30 university); parents also need a reading ease >= 60 ('normal')",
                [
                    new(90, 4, "4th grade"),
                    new(80, 5, "5th grade"),
                    new(70, 6, "6th grade"),
                    new(60, 8, "7th-8th grade"),
                    new(50, 12, "pre-university"),
                    new(30, 14, "selective courses"),
                    new(double.NegativeInfinity, 16, "university"),
                ]),
            null),
        new(
            "it",
            "Italian",
            new("hyphen-it", ["hyph_it_IT.dic", "hyph_it.dic"]),
            new(217, 1.3, 60, "Franchina and Vacca (1986), Flesch adapted to Italian"),
            [LanguageFormula.Gulpease],
            new(
                "gulpease_index",
                "Lucisano and Piemontese (1988): below 80 a text is hard for readers with primary schooling (5 years), below 60 with lower secondary (8 years), below 40 with a secondary diploma (13 years); parents also need Flesch-Vacca's reading ease >= 60",
                [
                    new(80, 5, "primary schooling (licenza elementare)"),
                    new(60, 8, "lower secondary (licenza media)"),
                    new(40, 13, "secondary diploma (diploma superiore)"),
                    new(double.NegativeInfinity, 16, "beyond a secondary diploma"),
                ]),
            null),
        new(
            "nl",
            "Dutch",
            new("hyphen-nl", ["hyph_nl_NL.dic", "hyph_nl.dic"]),
            new(206.835, 0.93, 77, "Douma (1960), Flesch adapted to Dutch"),
            [],
            null,
            NoPublishedGradeBand),
        new(
            "pt",
            "Portuguese",
            new("hyphen-pt-pt", ["hyph_pt_PT.dic", "hyph_pt.dic"]),
            new(206.835, 1.015, 84.6, "Flesch (1948) with English constants, as textstat applies it to Portuguese (it has no Portuguese adaptation)"),
            [],
            null,
            "no verdict for this language: the reading ease uses Flesch's English constants, which were never calibrated on Portuguese"),
    ];

    /// <summary>The profile of an ISO 639-1 code or locale (<c>de</c>, <c>de_DE</c>, <c>de-AT</c>); null when TosScan has no formula for it.</summary>
    public static LanguageProfile? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var root = language.Trim().ToLowerInvariant().Split('-', '_')[0];
        return All.FirstOrDefault(p => p.Code == root);
    }

    /// <summary>The codes with formulas, English first, for messages.</summary>
    public static string Codes => "en, " + string.Join(", ", All.Select(p => p.Code));
}
