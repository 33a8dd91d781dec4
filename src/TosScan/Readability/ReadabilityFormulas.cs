using System.Globalization;

namespace TosScan.Readability;

/// <summary>
/// textstat 0.7.11's formulas over counts, with its guards for empty input and its coefficients
/// (including Coleman-Liau's 0.058). Each formula keeps textstat's order of operations, so the
/// doubles come out bit for bit the same.
/// </summary>
internal static class ReadabilityFormulas
{
    public static ReadabilityMetrics Compute(TallyCounts c, LinsearSample linsear)
    {
        var fre = FleschReadingEase(c);
        var fkg = FleschKincaidGrade(c);
        var fog = GunningFog(c);
        var smog = SmogIndex(c);
        var cli = ColemanLiauIndex(c);
        var ari = AutomatedReadabilityIndex(c);
        var dc = DaleChallReadabilityScore(c);
        var lw = LinsearWriteFormula(linsear);
        var standard = TextStandard(fkg, fre, smog, cli, ari, dc, lw, fog);
        return new ReadabilityMetrics(fre, fkg, fog, smog, cli, ari, dc, lw, standard, TextStandardLabel(standard));
    }

    public static double WordsPerSentence(TallyCounts c) => c.Sentences == 0 ? 0.0 : (double)c.Words / c.Sentences;

    public static double SyllablesPerWord(TallyCounts c) => c.Words == 0 ? 0.0 : (double)c.Syllables / c.Words;

    public static double FleschReadingEase(TallyCounts c)
    {
        var sentenceLength = WordsPerSentence(c);
        var syllables = SyllablesPerWord(c);
        if (sentenceLength == 0 || syllables == 0)
        {
            return 0.0;
        }

        return 206.835 - (1.015 * sentenceLength) - (84.6 * syllables);
    }

    public static double FleschKincaidGrade(TallyCounts c)
    {
        var sentenceLength = WordsPerSentence(c);
        var syllables = SyllablesPerWord(c);
        if (sentenceLength == 0 || syllables == 0)
        {
            return 0.0;
        }

        return (0.39 * sentenceLength) + (11.8 * syllables) - 15.59;
    }

    public static double GunningFog(TallyCounts c)
    {
        if (c.Words == 0)
        {
            return 0.0;
        }

        var percentHard = 100.0 * c.HardWords / c.Words;
        return 0.4 * (WordsPerSentence(c) + percentHard);
    }

    public static double SmogIndex(TallyCounts c)
    {
        if (c.Sentences == 0)
        {
            return 0.0;
        }

        return (1.043 * Math.Pow(30 * ((double)c.Polysyllables / c.Sentences), 0.5)) + 3.1291;
    }

    public static double ColemanLiauIndex(TallyCounts c)
    {
        var letters = (c.Words == 0 ? 0.0 : (double)c.Letters / c.Words) * 100;
        var sentences = (c.Words == 0 ? 0.0 : (double)c.Sentences / c.Words) * 100;
        if (letters == 0 || sentences == 0)
        {
            return 0.0;
        }

        return (0.058 * letters) - (0.296 * sentences) - 15.8;
    }

    public static double AutomatedReadabilityIndex(TallyCounts c)
    {
        var charactersPerWord = c.RawTokens == 0 ? 0.0 : (double)c.Characters / c.RawTokens;
        var wordsPerSentence = WordsPerSentence(c);
        if (charactersPerWord == 0 || wordsPerSentence == 0)
        {
            return 0.0;
        }

        return (4.71 * charactersPerWord) + (0.5 * wordsPerSentence) - 21.43;
    }

    public static double DaleChallReadabilityScore(TallyCounts c)
    {
        if (c.Words == 0)
        {
            return 0.0;
        }

        var percentDifficult = 100.0 * c.UnfamiliarWords / c.Words;
        var score = (0.1579 * percentDifficult) + (0.0496 * WordsPerSentence(c));
        if (percentDifficult > 5)
        {
            score += 3.6365;
        }

        return score;
    }

    public static double LinsearWriteFormula(LinsearSample sample)
    {
        if (sample.Sentences == 0)
        {
            return 0.0;
        }

        var number = (double)((sample.EasyWords * 1) + (sample.HardWords * 3)) / sample.Sentences;
        if (number <= 20)
        {
            number -= 2;
        }

        return number / 2;
    }

    /// <summary>
    /// textstat's consensus: the floor and ceiling of each grade formula plus the grade band of the
    /// Flesch Reading Ease, and the value that occurs most often (the first one seen on a tie, as
    /// Python's <c>Counter.most_common</c> gives).
    /// </summary>
    public static double TextStandard(double fkg, double fre, double smog, double cli, double ari, double dc, double lw, double fog)
    {
        Span<int> grades = stackalloc int[16];
        var n = 0;
        grades[n++] = (int)Math.Floor(fkg);
        grades[n++] = (int)Math.Ceiling(fkg);
        switch (fre)
        {
            case < 100 and >= 90:
                grades[n++] = 5;
                break;
            case < 90 and >= 80:
                grades[n++] = 6;
                break;
            case < 80 and >= 70:
                grades[n++] = 7;
                break;
            case < 70 and >= 60:
                grades[n++] = 8;
                grades[n++] = 9;
                break;
            case < 60 and >= 50:
                grades[n++] = 10;
                break;
            case < 50 and >= 40:
                grades[n++] = 11;
                break;
            case < 40 and >= 30:
                grades[n++] = 12;
                break;
            default:
                grades[n++] = 13;
                break;
        }

        foreach (var value in (ReadOnlySpan<double>)[smog, cli, ari, dc, lw, fog])
        {
            grades[n++] = (int)Math.Floor(value);
            grades[n++] = (int)Math.Ceiling(value);
        }

        var best = grades[0];
        var bestCount = 0;
        for (var i = 0; i < n; i++)
        {
            var count = 0;
            for (var j = 0; j < n; j++)
            {
                if (grades[j] == grades[i])
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = grades[i];
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>textstat's wording of a consensus grade: "10th and 11th grade" for 11.</summary>
    public static string TextStandardLabel(double standard)
    {
        var lower = (int)standard - 1;
        var upper = lower + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{lower}{GradeSuffix(lower)} and {upper}{GradeSuffix(upper)} grade");
    }

    /// <summary>Ordinal suffix with Python's modulo (non-negative for negative grades), as textstat computes it.</summary>
    public static string GradeSuffix(int grade)
    {
        var ordinal = ((grade % 10) + 10) % 10;
        var teen = ((grade % 100) + 100) % 100;
        if (teen is 11 or 12 or 13)
        {
            return "th";
        }

        return ordinal switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
