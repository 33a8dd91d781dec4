using TosScan.Documents;
using TosScan.Readability.Languages;

namespace TosScan.Readability;

/// <summary>
/// Readability of a whole document (or of a raw text). Serialised with snake_case names, so every
/// metric carries textstat's name (<c>FleschReadingEase</c> becomes <c>flesch_reading_ease</c>).
/// When <see cref="Scored"/> is false (a language with no formula, a missing hyphenation dictionary,
/// or no words) only <see cref="Mode"/>, <see cref="Language"/> and <see cref="NotScoredReason"/> are
/// set. An English grade is never reported for another language: German, French, Spanish, Italian,
/// Dutch and Portuguese get <see cref="Formulas"/> instead of <see cref="Metrics"/>.
/// </summary>
/// <param name="Mode"><c>structured</c> (sentence units from our segmentation) or <c>textstat</c> (textstat 0.7.11's own rules).</param>
/// <param name="Scored">True when the language's formulas were applied (English <see cref="Metrics"/>, or another language's <see cref="Formulas"/>).</param>
/// <param name="Language">The language the text was scored (or refused) as: the document's language, or the guess made from the text when it had none.</param>
/// <param name="NotScoredReason">Why the text was not scored; null when scored.</param>
/// <param name="Metrics">The readability formulas; null when not scored.</param>
/// <param name="Counts">The counts the formulas were computed from; null when not scored.</param>
/// <param name="ReadingTimeMinutes">Words divided by <see cref="WordsPerMinute"/>.</param>
/// <param name="WordsPerMinute">The adult silent reading rate used for <see cref="ReadingTimeMinutes"/>.</param>
/// <param name="Suitability">One verdict per audience (children, young people, parents).</param>
/// <param name="Sections">Per-section scores (structured mode on a document only).</param>
/// <param name="HardestSentences">The hardest sentence units, hardest first.</param>
/// <param name="Jargon">Every occurrence of a legal-jargon term, in text order.</param>
/// <param name="Formulas">
/// For a language other than English: that language's formulas (its Flesch adaptation and the
/// others published for it); <see cref="Metrics"/> is then null, since the English formulas do not apply.
/// </param>
/// <param name="VerdictNote">Why <see cref="Suitability"/> is empty for a scored language ("no verdict for this language: ..."), else null.</param>
public sealed record ReadabilityReport(
    string Mode,
    bool Scored,
    string? Language,
    string? NotScoredReason,
    ReadabilityMetrics? Metrics = null,
    ReadabilityCounts? Counts = null,
    double? ReadingTimeMinutes = null,
    double? WordsPerMinute = null,
    IReadOnlyList<AudienceSuitability>? Suitability = null,
    IReadOnlyList<SectionReadability>? Sections = null,
    IReadOnlyList<HardSentence>? HardestSentences = null,
    IReadOnlyList<JargonHit>? Jargon = null,
    IReadOnlyList<FormulaScore>? Formulas = null,
    string? VerdictNote = null) : IDocumentAnnotation
{
    /// <summary>A report that says why no English grade was given.</summary>
    public static ReadabilityReport NotScored(ReadabilityMode mode, string? language, string reason) =>
        new(mode.ToWireName(), false, language, reason);
}

/// <summary>
/// The readability formulas, named as textstat names them. Grades are US school grades.
/// </summary>
/// <param name="FleschReadingEase">0-100 (higher is easier); 60-70 is plain English.</param>
/// <param name="FleschKincaidGrade">US school grade from sentence length and syllables per word.</param>
/// <param name="GunningFog">Grade from sentence length and the share of long unfamiliar words.</param>
/// <param name="SmogIndex">Grade from polysyllables per sentence.</param>
/// <param name="ColemanLiauIndex">Grade from letters and sentences per 100 words.</param>
/// <param name="AutomatedReadabilityIndex">Grade from characters per word and words per sentence.</param>
/// <param name="DaleChallReadabilityScore">Score from the share of words not on the Dale-Chall list (below 5 is easy, 9 and above is college level).</param>
/// <param name="LinsearWriteFormula">Grade from the first 100 words.</param>
/// <param name="TextStandard">textstat's consensus grade: the grade most of the formulas agree on.</param>
/// <param name="TextStandardLabel">The same consensus as textstat words it, e.g. "9th and 10th grade".</param>
public sealed record ReadabilityMetrics(
    double FleschReadingEase,
    double FleschKincaidGrade,
    double GunningFog,
    double SmogIndex,
    double ColemanLiauIndex,
    double AutomatedReadabilityIndex,
    double DaleChallReadabilityScore,
    double LinsearWriteFormula,
    double TextStandard,
    string TextStandardLabel);

/// <summary>
/// The counts behind the formulas.
/// </summary>
/// <param name="Words">Words after punctuation is removed (contractions and hyphenated words count once).</param>
/// <param name="Sentences">Sentence units: textstat's sentences, or our clauses in structured mode.</param>
/// <param name="Syllables">Syllables of all words (CMU Pronouncing Dictionary, rule-based fallback).</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="DifficultWords">Distinct words of two or more syllables that are not on the Dale-Chall familiar-word list (textstat's <c>difficult_words</c>).</param>
/// <param name="Letters">Letters and digits.</param>
/// <param name="Characters">Characters other than white space.</param>
public sealed record ReadabilityCounts(
    int Words,
    int Sentences,
    int Syllables,
    int Polysyllables,
    int DifficultWords,
    int Letters,
    int Characters);

/// <summary>Whether a text suits one audience, and the thresholds that decided it.</summary>
/// <param name="Audience"><c>children</c> (10-12), <c>young_people</c> (13-17) or <c>parents</c>.</param>
/// <param name="AgeRange">The ages the audience covers, e.g. "10-12"; "adult" for parents.</param>
/// <param name="Verdict"><c>suitable</c>, <c>difficult</c> or <c>very_difficult</c>.</param>
/// <param name="Grade">The school grade the verdict was made on: Flesch-Kincaid for English, else the formula named by <paramref name="Basis"/>.</param>
/// <param name="EstimatedReadingAge">Grade + 5: the age of a typical US pupil in that grade.</param>
/// <param name="SuitableMaxGrade">At or below this grade the text is suitable.</param>
/// <param name="DifficultMaxGrade">Above <see cref="SuitableMaxGrade"/> and at or below this grade it is difficult; above, very difficult.</param>
/// <param name="MinFleschReadingEase">When set, a suitable text must also score at least this Flesch Reading Ease.</param>
/// <param name="ReadingTimeMinutes">Reading time at this audience's reading rate.</param>
/// <param name="WordsPerMinute">The reading rate used.</param>
/// <param name="Basis">The formula <paramref name="Grade"/> comes from (<c>flesch_kincaid_grade</c>, <c>wiener_sachtextformel_1</c>) and, for a language other than English, the published band cited.</param>
public sealed record AudienceSuitability(
    string Audience,
    string AgeRange,
    string Verdict,
    double Grade,
    double EstimatedReadingAge,
    double SuitableMaxGrade,
    double DifficultMaxGrade,
    double? MinFleschReadingEase,
    double ReadingTimeMinutes,
    double WordsPerMinute,
    string Basis = "flesch_kincaid_grade");

/// <summary>The scores of one section of the document.</summary>
/// <param name="Section">Index into <see cref="Document.Sections"/>.</param>
/// <param name="Heading">The heading's words, or null for the preamble.</param>
/// <param name="Span">The section in the document text.</param>
/// <param name="Metrics">The formulas over the section's sentence units.</param>
/// <param name="Counts">The section's counts.</param>
public sealed record SectionReadability(
    int Section,
    string? Heading,
    TextSpan Span,
    ReadabilityMetrics Metrics,
    ReadabilityCounts Counts);

/// <summary>One of the hardest sentence units, with what makes it hard.</summary>
/// <param name="Span">The sentence in the document (or input) text.</param>
/// <param name="Clause">Index into <see cref="Document.Clauses"/>; null in textstat mode.</param>
/// <param name="Words">Words in the sentence.</param>
/// <param name="Syllables">Syllables in the sentence.</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="FleschKincaidGrade">The grade of this sentence alone: it grows with its length and its syllables per word.</param>
public sealed record HardSentence(
    TextSpan Span,
    int? Clause,
    int Words,
    int Syllables,
    int Polysyllables,
    double FleschKincaidGrade);

/// <summary>One occurrence of a legal-jargon term.</summary>
/// <param name="Term">The list entry that matched (lower case).</param>
/// <param name="Span">The matched words in the document (or input) text.</param>
/// <param name="PlainAlternative">A plainer way to say it, when the list has one.</param>
public sealed record JargonHit(string Term, TextSpan Span, string? PlainAlternative);
