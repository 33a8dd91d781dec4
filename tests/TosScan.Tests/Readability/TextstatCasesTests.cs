using System.Globalization;
using System.Text.Json;
using TosScan.Readability;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Readability;

/// <summary>
/// Runs textstat 0.7.11's own test cases (../shared/eval/readability/textstat_cases.json) in textstat
/// mode, within each case's tolerance: every English case for the metrics, counts and syllables TosScan
/// reports, and every case of the other languages for the formulas TosScan implements. Syllables of
/// words the CMU dictionary lacks, and of every word in the other languages, come from the system's
/// LibreOffice hyphenation dictionaries (scripts/test.sh installs Debian's hyphen-* packages).
/// </summary>
public sealed class TextstatCasesTests
{
    /// <summary>The metrics, counts and syllables of the report, plus the ratios the formulas are built from.</summary>
    private static readonly HashSet<string> InScope = new(StringComparer.Ordinal)
    {
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
        "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula", "text_standard",
        "textstat_api.text_standard", "count_words", "count_sentences", "syllable_count", "textstat_api.syllable_count",
        "count_polysyllable_words", "count_difficult_words", "is_difficult_word", "list_difficult_words",
        "set_difficult_words", "reading_time", "letter_count", "count_chars", "words_per_sentence",
        "syllables_per_word", "letters_per_word", "chars_per_word", "sentences_per_word",
    };

    private static readonly ReadabilityAnalyzer Analyzer = new(new ReadabilityOptions { Mode = ReadabilityMode.Textstat });
    private static readonly TextstatParity Parity = new();

    /// <summary>
    /// Languages whose cases are not run, and why: each needs a formula and a dictionary outside
    /// issue 15's languages (de, fr, es, it, nl, pt), not something the formulas implemented get wrong.
    /// </summary>
    private static readonly Dictionary<string, string> LanguagesWithoutFormulas = new(StringComparer.Ordinal)
    {
        ["ru"] = "Russian: textstat's Russian Flesch constants and Pyphen's ru_RU patterns; TosScan has no Russian formula",
        ["hu"] = "Hungarian: textstat's Hungarian constants, syllable threshold 5 and hu_HU patterns; TosScan has no Hungarian formula",
    };

    /// <summary>The formulas of the other languages, as the report's <see cref="ReadabilityReport.Formulas"/> names them.</summary>
    private static readonly HashSet<string> LanguageMetrics = new(StringComparer.Ordinal)
    {
        "flesch_reading_ease", "wiener_sachtextformel", "fernandez_huerta", "szigriszt_pazos", "crawford",
        "textstat_api.syllable_count", "syllable_count",
    };

    [SharedDataFact]
    public void Every_other_language_case_passes_for_the_formulas_implemented()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReadabilityTestData.Eval("textstat_cases.json")));
        var failures = new List<string>();
        var run = new Dictionary<string, int>(StringComparer.Ordinal);
        var notRun = 0;
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var parameters = c.GetProperty("params");
            var lang = parameters.TryGetProperty("lang", out var l) ? l.GetString()! : "en_US";
            var root = lang.Split('_')[0];
            if (root == "en")
            {
                continue;
            }

            var metric = c.GetProperty("metric").GetString()!;
            var key = $"{metric} {c.GetProperty("text_id").GetString()} {JsonSerializer.Serialize(parameters)}";
            if (LanguagesWithoutFormulas.ContainsKey(root))
            {
                notRun++;
                continue;
            }

            Assert.True(LanguageMetrics.Contains(metric), $"{key}: a formula of another language the test does not know; implement it or name it");
            var text = c.GetProperty("text").GetString()!;
            var report = Analyzer.ScoreText(text, lang);
            Assert.True(report.Scored, $"{key}: not scored: {report.NotScoredReason}");
            object actual = metric switch
            {
                "textstat_api.syllable_count" or "syllable_count" => report.Counts!.Syllables,
                "wiener_sachtextformel" => Formula(report, $"wiener_sachtextformel_{parameters.GetProperty("variant").GetInt32()}"),
                _ => Formula(report, metric),
            };
            run[root] = run.GetValueOrDefault(root) + 1;
            if (!Matches(c.GetProperty("expected"), actual, c))
            {
                failures.Add($"{key}: expected {c.GetProperty("expected").GetRawText()}, got {Format(actual)}");
            }
        }

        foreach (var language in new[] { "de", "fr", "es", "it", "nl" })
        {
            Assert.True(run.GetValueOrDefault(language) >= 2, $"only {run.GetValueOrDefault(language)} {language} cases found; has the file's layout changed?");
        }

        Assert.True(notRun <= 10, $"{notRun} cases of languages without formulas; the file grew, so look again");
        Assert.True(failures.Count == 0, $"{failures.Count} of {run.Values.Sum()} cases fail:\n" + string.Join("\n", failures));
    }

    [SharedDataFact]
    public void Every_english_textstat_case_passes()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReadabilityTestData.Eval("textstat_cases.json")));
        var failures = new List<string>();
        var run = 0;
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var metric = c.GetProperty("metric").GetString()!;
            var parameters = c.GetProperty("params");
            var lang = parameters.TryGetProperty("lang", out var l) ? l.GetString()! : "en_US";
            if (!InScope.Contains(metric) || !lang.StartsWith("en", StringComparison.Ordinal))
            {
                continue;
            }

            run++;
            var key = $"{metric} {c.GetProperty("text_id").GetString()} {JsonSerializer.Serialize(parameters)}";
            var text = c.GetProperty("text").GetString()!;
            var expected = c.GetProperty("expected");
            var actual = Evaluate(metric, text, parameters);
            if (!Matches(expected, actual, c))
            {
                failures.Add($"{key}: expected {expected.GetRawText()}, got {Format(actual)}");
            }
        }

        Assert.True(run >= 150, $"only {run} English cases found; has the file's layout changed?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {run} cases fail:\n" + string.Join("\n", failures));
    }

    private static double Formula(ReadabilityReport report, string name) =>
        (report.Formulas ?? []).FirstOrDefault(f => f.Name == name)?.Value
        ?? throw new InvalidOperationException($"the report has no {name} (language {report.Language})");

    private static object Evaluate(string metric, string text, JsonElement p)
    {
        var report = Analyzer.ScoreText(text, "en");
        var m = report.Metrics!;
        var counts = report.Counts!;
        var words = (double)counts.Words;
        return metric switch
        {
            "flesch_reading_ease" => m.FleschReadingEase,
            "flesch_kincaid_grade" => m.FleschKincaidGrade,
            "gunning_fog" => m.GunningFog,
            "smog_index" => m.SmogIndex,
            "coleman_liau_index" => m.ColemanLiauIndex,
            "automated_readability_index" => m.AutomatedReadabilityIndex,
            "dale_chall_readability_score" => m.DaleChallReadabilityScore,
            "linsear_write_formula" => Bool(p, "strict_lower", false) || !Bool(p, "strict_upper", true)
                ? Parity.LinsearWriteFormula(text, Bool(p, "strict_lower", false), Bool(p, "strict_upper", true))
                : m.LinsearWriteFormula,
            "text_standard" => m.TextStandard,
            "textstat_api.text_standard" => Bool(p, "float_output", false) ? m.TextStandard : m.TextStandardLabel,
            "count_words" => Bool(p, "split_contractions", false) || Bool(p, "split_hyphens", false) || !Bool(p, "rm_punctuation", true)
                ? TextstatParity.ListWords(text, Bool(p, "rm_punctuation", true), splitContractions: Bool(p, "split_contractions", false), splitHyphens: Bool(p, "split_hyphens", false)).Count
                : counts.Words,
            "count_sentences" => counts.Sentences,
            "syllable_count" or "textstat_api.syllable_count" => counts.Syllables,
            "count_polysyllable_words" => counts.Polysyllables,
            "count_difficult_words" => p.GetProperty("syllable_threshold").GetInt32() == 2 && Bool(p, "unique", false)
                ? counts.DifficultWords
                : Parity.CountDifficultWords(text, p.GetProperty("syllable_threshold").GetInt32(), Bool(p, "unique", false)),
            "is_difficult_word" => Parity.IsDifficultWord(text, p.GetProperty("syllable_threshold").GetInt32()),
            "list_difficult_words" => Parity.ListDifficultWords(text, p.GetProperty("syllable_threshold").GetInt32()),
            "set_difficult_words" => Parity.ListDifficultWords(text, p.GetProperty("syllable_threshold").GetInt32()).Distinct().Order(StringComparer.Ordinal).ToList(),
            "reading_time" => TextstatParity.ReadingTimeSeconds(text, p.GetProperty("ms_per_char").GetDouble()),
            "letter_count" => counts.Letters,
            "count_chars" => Bool(p, "ignore_spaces", true) ? counts.Characters : text.Length,
            "words_per_sentence" => counts.Sentences == 0 ? 0.0 : words / counts.Sentences,
            "syllables_per_word" => counts.Words == 0 ? 0.0 : counts.Syllables / words,
            "letters_per_word" => counts.Words == 0 ? 0.0 : counts.Letters / words,
            "chars_per_word" => TextstatParity.ListWords(text, removePunctuation: false).Count is var raw and > 0 ? (double)counts.Characters / raw : 0.0,
            "sentences_per_word" => counts.Words == 0 ? 0.0 : counts.Sentences / words,
            _ => throw new InvalidOperationException(metric),
        };
    }

    private static bool Matches(JsonElement expected, object actual, JsonElement c)
    {
        var tolerance = c.GetProperty("tolerance_if_any") is { ValueKind: JsonValueKind.Number } t ? t.GetDouble() : 0.0;
        switch (expected.ValueKind)
        {
            case JsonValueKind.Number:
                var value = Convert.ToDouble(actual, CultureInfo.InvariantCulture);
                return c.GetProperty("comparison").GetString()!.StartsWith("round(x,3)", StringComparison.Ordinal)
                    ? Math.Round(value, 3, MidpointRounding.ToEven) == Math.Round(expected.GetDouble(), 3)
                    : Math.Abs(value - expected.GetDouble()) <= tolerance;
            case JsonValueKind.True or JsonValueKind.False:
                return actual is bool b && b == expected.GetBoolean();
            case JsonValueKind.String:
                return actual is string s && s == expected.GetString();
            case JsonValueKind.Array:
                var want = expected.EnumerateArray().Select(e => e.GetString()!).ToList();
                if (c.GetProperty("metric").GetString() == "set_difficult_words")
                {
                    want = [.. want.Order(StringComparer.Ordinal)];
                }

                return actual is List<string> list && list.SequenceEqual(want);
            default:
                return false;
        }
    }

    private static bool Bool(JsonElement p, string name, bool fallback) =>
        p.TryGetProperty(name, out var v) ? v.GetBoolean() : fallback;

    private static string Format(object actual) => actual switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        List<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(actual, CultureInfo.InvariantCulture) ?? "null",
    };
}
