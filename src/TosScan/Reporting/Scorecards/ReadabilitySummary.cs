namespace TosScan.Reporting.Scorecards;

/// <summary>
/// The readability figures a scorecard shows, read from the analysis's readability section.
/// </summary>
/// <param name="Scored">False when the readability stage did not run or declined (e.g. a language with no formula).</param>
/// <param name="Mode"><c>structured</c> or <c>textstat</c>, as the stage reported.</param>
/// <param name="Language">Language the stage reported, when any.</param>
/// <param name="FleschKincaidGrade">US school grade; lower is easier.</param>
/// <param name="FleschReadingEase">0-100; higher is easier.</param>
/// <param name="TextStandard">Consensus grade.</param>
/// <param name="ReadingTimeMinutes">Estimated reading time.</param>
/// <param name="Suitability">Verdict per audience (children, young_people, parents).</param>
/// <param name="NotScoredReason">Why there are no figures.</param>
/// <param name="LanguageFigures">
/// For a language other than English, which has no Flesch-Kincaid grade: its own figures in one line,
/// e.g. "de: flesch_reading_ease 38.2, wiener_sachtextformel_1 13.1"; null for English.
/// </param>
/// <param name="VerdictNote">Why there are no suitability verdicts although there are figures ("no verdict for this language: ...").</param>
public sealed record ReadabilitySummary(
    bool Scored,
    string? Mode,
    string? Language,
    double? FleschKincaidGrade,
    double? FleschReadingEase,
    double? TextStandard,
    double? ReadingTimeMinutes,
    IReadOnlyList<SuitabilityVerdict> Suitability,
    string? NotScoredReason,
    string? LanguageFigures = null,
    string? VerdictNote = null)
{
    public static ReadabilitySummary NotScored(string reason) => new(false, null, null, null, null, null, null, [], reason);
}

/// <summary>A suitability verdict (<c>suitable</c>, <c>difficult</c>, <c>very_difficult</c>) for one audience.</summary>
public sealed record SuitabilityVerdict(string Audience, string Verdict);
