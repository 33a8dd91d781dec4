using TosScan.Readability.Hyphenation;

namespace TosScan.Readability.Languages;

/// <summary>The formulas TosScan applies to one language other than English and where its syllables come from.</summary>
/// <param name="Code">ISO 639-1 code.</param>
/// <param name="Name">English name of the language.</param>
/// <param name="Dictionary">The LibreOffice hyphenation dictionary (as Pyphen ships it) syllables are counted with.</param>
/// <param name="Flesch">The language's adaptation of Flesch's reading ease (textstat's constants).</param>
/// <param name="Extra">Further formulas published for the language.</param>
/// <param name="Verdict">The published band the suitability verdict is made on; null when none is used ("no verdict for this language").</param>
/// <param name="NoVerdictReason">Why there is no verdict, when <paramref name="Verdict"/> is null.</param>
internal sealed record LanguageProfile(
    string Code,
    string Name,
    HyphenationDictionary Dictionary,
    FleschAdaptation Flesch,
    IReadOnlyList<LanguageFormula> Extra,
    LanguageVerdict? Verdict,
    string? NoVerdictReason);

/// <summary>base - sentence x words/sentence - syllable x syllables/word, textstat's <c>flesch_reading_ease</c> for the language.</summary>
internal sealed record FleschAdaptation(double Base, double Sentence, double Syllable, string Source);

/// <summary>The further formulas a language can have.</summary>
internal enum LanguageFormula
{
    WienerSachtextformel,
    FernandezHuerta,
    SzigrisztPazos,
    Crawford,
    GutierrezPolini,
    Gulpease,
}

/// <summary>
/// A verdict made with the English audiences' grade thresholds on the school grade a published band
/// gives, and (for parents) a minimum reading ease on the language's Flesch adaptation.
/// </summary>
/// <param name="Formula">The formula the band reads (<see cref="FormulaScore.Name"/>).</param>
/// <param name="Source">The published band, cited in reports.</param>
/// <param name="Bands">
/// When the formula is a score, the source's table from score to the school level it suits, highest
/// score first; null when the formula's value is a school grade itself (Wiener Sachtextformel).
/// </param>
internal sealed record LanguageVerdict(string Formula, string Source, IReadOnlyList<ScoreBand>? Bands = null)
{
    /// <summary>The school grade for a value of <see cref="Formula"/>, and the level the source names.</summary>
    public (double Grade, string? Level) GradeOf(double value)
    {
        if (Bands is null)
        {
            return (value, null);
        }

        foreach (var band in Bands)
        {
            if (value >= band.AtLeast)
            {
                return (band.Grade, band.Level);
            }
        }

        return (Bands[^1].Grade, Bands[^1].Level);
    }
}

/// <summary>One row of a published table: from <paramref name="AtLeast"/> up, a text suits <paramref name="Level"/>, school grade <paramref name="Grade"/>.</summary>
internal sealed record ScoreBand(double AtLeast, double Grade, string Level);
