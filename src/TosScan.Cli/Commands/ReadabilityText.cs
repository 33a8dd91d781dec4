using System.Globalization;
using System.Text;
using TosScan.Readability;

namespace TosScan.Cli.Commands;

/// <summary>The human-readable summary <c>tosscan readability --format text</c> prints for one input.</summary>
internal static class ReadabilityText
{
    private const int JargonTermsShown = 10;
    private const int QuoteLength = 160;

    /// <param name="input">The input as the user named it.</param>
    /// <param name="report">Its readability.</param>
    /// <param name="text">The text the report's spans point into, to quote the hardest sentences.</param>
    public static string Format(string input, ReadabilityReport report, string text)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"== {input} ==\n");
        if (!report.Scored)
        {
            s.Append(CultureInfo.InvariantCulture, $"not scored ({report.Language ?? "language unknown"}): {report.NotScoredReason}\n\n");
            return s.ToString();
        }

        var c = report.Counts!;
        s.Append(CultureInfo.InvariantCulture, $"mode {report.Mode}; language {report.Language}\n");
        if (report.Metrics is not { } m)
        {
            // Another language: its own formulas, no English metric.
            foreach (var f in report.Formulas ?? [])
            {
                s.Append(CultureInfo.InvariantCulture, $"{f.Name} {f.Value:0.0} ({f.Scale}; {f.Source})\n");
            }

            s.Append(CultureInfo.InvariantCulture, $"{c.Words} words, {c.Sentences} sentences, {c.Syllables} syllables, {c.Polysyllables} polysyllables\n");
            s.Append(CultureInfo.InvariantCulture, $"reading time {report.ReadingTimeMinutes:0.0} min at {report.WordsPerMinute:0} words per minute\n");
            AppendSuitability(s, report);
            if (report.VerdictNote is { } note)
            {
                s.Append(note).Append('\n');
            }

            s.Append('\n');
            return s.ToString();
        }

        s.Append(CultureInfo.InvariantCulture, $"Flesch reading ease {m.FleschReadingEase:0.0}  Flesch-Kincaid grade {m.FleschKincaidGrade:0.0}  Gunning fog {m.GunningFog:0.0}  SMOG {m.SmogIndex:0.0}\n");
        s.Append(CultureInfo.InvariantCulture, $"Coleman-Liau {m.ColemanLiauIndex:0.0}  ARI {m.AutomatedReadabilityIndex:0.0}  Dale-Chall {m.DaleChallReadabilityScore:0.0}  Linsear Write {m.LinsearWriteFormula:0.0}\n");
        s.Append(CultureInfo.InvariantCulture, $"text standard {m.TextStandard:0} ({m.TextStandardLabel})\n");
        s.Append(CultureInfo.InvariantCulture, $"{c.Words} words, {c.Sentences} sentences, {c.Syllables} syllables, {c.Polysyllables} polysyllables, {c.DifficultWords} difficult words\n");
        s.Append(CultureInfo.InvariantCulture, $"reading time {report.ReadingTimeMinutes:0.0} min at {report.WordsPerMinute:0} words per minute\n");
        AppendSuitability(s, report);

        var hardest = report.HardestSentences ?? [];
        if (hardest.Count > 0)
        {
            s.Append("hardest sentences:\n");
            foreach (var h in hardest.Take(5))
            {
                s.Append(CultureInfo.InvariantCulture, $"  {h.Span} grade {h.FleschKincaidGrade:0.0}, {h.Words} words, {h.Polysyllables} polysyllables: {Quote(text, h.Span)}\n");
            }
        }

        var jargon = report.Jargon ?? [];
        if (jargon.Count > 0)
        {
            var terms = jargon.GroupBy(j => j.Term).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(JargonTermsShown)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}"));
            s.Append(CultureInfo.InvariantCulture, $"legal jargon: {jargon.Count} occurrences: {string.Join(", ", terms)}\n");
        }

        s.Append('\n');
        return s.ToString();
    }

    private static string Quote(string text, TosScan.Documents.TextSpan span)
    {
        var end = Math.Min(span.End, text.Length);
        var start = Math.Min(span.Start, end);
        var words = string.Join(' ', text[start..end].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= QuoteLength ? $"\"{words}\"" : $"\"{words[..QuoteLength]}...\"";
    }

    private static void AppendSuitability(StringBuilder s, ReadabilityReport report)
    {
        foreach (var a in report.Suitability ?? [])
        {
            var ease = a.MinFleschReadingEase is { } min ? string.Create(CultureInfo.InvariantCulture, $" and reading ease >= {min:0}") : string.Empty;
            var basis = a.Basis == "flesch_kincaid_grade" ? "grade" : a.Basis.Split(':')[0];
            s.Append(CultureInfo.InvariantCulture, $"{a.Audience} ({a.AgeRange}): {a.Verdict.Replace('_', ' ')} - {basis} {a.Grade:0.0}, reading age {a.EstimatedReadingAge:0.0}; suitable at grade <= {a.SuitableMaxGrade:0}{ease}, difficult up to {a.DifficultMaxGrade:0}; {a.ReadingTimeMinutes:0.0} min at {a.WordsPerMinute:0} wpm\n");
        }
    }
}
