namespace TosScan.Readability.Languages;

/// <summary>
/// The formulas of the languages other than English over the same counts as the English ones,
/// with textstat 0.7.11's order of operations and guards (0 for empty text), so textstat mode
/// reproduces its values.
/// </summary>
internal static class LanguageFormulas
{
    public const string EasierScale = "0-100, higher is easier";

    /// <param name="profile">The language.</param>
    /// <param name="c">The counts over the text's sentence units.</param>
    /// <param name="textstatRules">
    /// True for textstat's Gulpease (characters including punctuation per whitespace token); false for
    /// Lucisano and Piemontese's (letters per word).
    /// </param>
    public static List<FormulaScore> Compute(LanguageProfile profile, TallyCounts c, bool textstatRules)
    {
        var scores = new List<FormulaScore> { new("flesch_reading_ease", FleschReadingEase(profile.Flesch, c), EasierScale, profile.Flesch.Source) };
        foreach (var formula in profile.Extra)
        {
            switch (formula)
            {
                case LanguageFormula.WienerSachtextformel:
                    const string grade = "school grade (Schulstufe) 4-15, lower is easier";
                    const string source = "Bamberger and Vanecek (1984)";
                    for (var variant = 1; variant <= 4; variant++)
                    {
                        scores.Add(new($"wiener_sachtextformel_{variant}", WienerSachtextformel(c, variant), grade, source));
                    }

                    break;
                case LanguageFormula.FernandezHuerta:
                    scores.Add(new("fernandez_huerta", FernandezHuerta(c), EasierScale, "Fernández Huerta (1959)"));
                    break;
                case LanguageFormula.SzigrisztPazos:
                    scores.Add(new("szigriszt_pazos", SzigrisztPazos(profile.Flesch, c), EasierScale, "Szigriszt Pazos (1993), perspicuity"));
                    break;
                case LanguageFormula.Crawford:
                    scores.Add(new("crawford", Crawford(c), "years of primary schooling, lower is easier", "Crawford (1984)"));
                    break;
                case LanguageFormula.GutierrezPolini:
                    scores.Add(new("gutierrez_polini", GutierrezPolini(c), EasierScale, "Gutiérrez de Polini (1972), comprehensibility"));
                    break;
                case LanguageFormula.Gulpease:
                    scores.Add(new("gulpease_index", Gulpease(c, textstatRules), EasierScale, "Lucisano and Piemontese (1988)"));
                    break;
            }
        }

        return scores;
    }

    public static double FleschReadingEase(FleschAdaptation f, TallyCounts c)
    {
        var sentenceLength = ReadabilityFormulas.WordsPerSentence(c);
        var syllables = ReadabilityFormulas.SyllablesPerWord(c);
        if (sentenceLength == 0 || syllables == 0)
        {
            return 0.0;
        }

        return f.Base - (f.Sentence * sentenceLength) - (f.Syllable * syllables);
    }

    /// <summary>
    /// Bamberger and Vanecek's four variants: MS = % words of 3+ syllables, SL = words per sentence,
    /// IW = % words of more than six letters, ES = % words of one syllable.
    /// </summary>
    public static double WienerSachtextformel(TallyCounts c, int variant)
    {
        if (c.Words == 0)
        {
            return 0.0;
        }

        double words = c.Words;
        var ms = 100 * c.Polysyllables / words;
        var sl = ReadabilityFormulas.WordsPerSentence(c);
        var iw = 100 * c.LongWords / words;
        var es = 100 * c.Monosyllables / words;
        return variant switch
        {
            1 => (0.1935 * ms) + (0.1672 * sl) + (0.1297 * iw) - (0.0327 * es) - 0.875,
            2 => (0.2007 * ms) + (0.1682 * sl) + (0.1373 * iw) - 2.779,
            3 => (0.2963 * ms) + (0.1905 * sl) - 1.1144,
            4 => (0.2744 * ms) + (0.2656 * sl) - 1.693,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "The Wiener Sachtextformel has variants 1 to 4."),
        };
    }

    public static double FernandezHuerta(TallyCounts c)
    {
        var sentenceLength = ReadabilityFormulas.WordsPerSentence(c);
        var syllables = ReadabilityFormulas.SyllablesPerWord(c);
        if (sentenceLength == 0 || syllables == 0)
        {
            return 0.0;
        }

        return 206.84 - (60 * syllables) - (1.02 * sentenceLength);
    }

    /// <summary>textstat uses the language's Flesch base (206.84 for Spanish) where Szigriszt Pazos wrote 206.835.</summary>
    public static double SzigrisztPazos(FleschAdaptation f, TallyCounts c)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return 0.0;
        }

        return f.Base - (62.3 * ((double)c.Syllables / c.Words)) - ((double)c.Words / c.Sentences);
    }

    public static double Crawford(TallyCounts c)
    {
        var sentencesPer100 = 100 * (c.Words == 0 ? 0.0 : (double)c.Sentences / c.Words);
        var syllablesPer100 = 100 * ReadabilityFormulas.SyllablesPerWord(c);
        if (sentencesPer100 == 0 || syllablesPer100 == 0)
        {
            return 0.0;
        }

        return (-0.205 * sentencesPer100) + (0.049 * syllablesPer100) - 3.407;
    }

    public static double GutierrezPolini(TallyCounts c)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return 0.0;
        }

        return 95.2 - (9.7 * ((double)c.Letters / c.Words)) - (0.35 * ((double)c.Words / c.Sentences));
    }

    public static double Gulpease(TallyCounts c, bool textstatRules)
    {
        var sentencesPerWord = c.Words == 0 ? 0.0 : (double)c.Sentences / c.Words;
        var charactersPerWord = textstatRules
            ? (c.RawTokens == 0 ? 0.0 : (double)c.Characters / c.RawTokens)
            : (c.Words == 0 ? 0.0 : (double)c.Letters / c.Words);
        if (sentencesPerWord == 0 || charactersPerWord == 0)
        {
            return 0.0;
        }

        return (300 * sentencesPerWord) - (10 * charactersPerWord) + 89;
    }
}
