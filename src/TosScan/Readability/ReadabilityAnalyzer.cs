using System.Globalization;
using TosScan.Documents;
using TosScan.Readability.Hyphenation;
using TosScan.Readability.Languages;

namespace TosScan.Readability;

/// <summary>
/// Scores readability. <see cref="ScoreText"/> reproduces textstat 0.7.11 on a raw string;
/// <see cref="ScoreDocument"/> scores a segmented document (structured mode by default). English
/// gets the English formulas; German, French, Spanish, Italian, Dutch and Portuguese get their own
/// (<see cref="LanguageProfiles"/>), with syllables from the system's hyphenation dictionaries; any
/// other language is reported as having no formula. Holds only immutable tables, options and
/// dictionaries loaded once, so one analyzer serves many documents at once.
/// </summary>
public sealed class ReadabilityAnalyzer
{
    /// <summary>Sentence units shorter than this are not offered as "hardest sentences": a two-word heading is short, not hard.</summary>
    private const int HardestMinimumWords = 10;

    /// <summary>In textstat mode, how many of the longest sentences are scored to find the hardest.</summary>
    private const int HardestCandidates = 50;

    private readonly ReadabilityLexicon _lexicon;
    private readonly HyphenationDictionaries _hyphenation;
    private readonly Lazy<SyllableCounter> _textstatSyllables;
    private readonly SyllableCounter _structuredSyllables;

    /// <summary>Builds an analyzer on the embedded word tables; validates <paramref name="options"/>.</summary>
    public ReadabilityAnalyzer(ReadabilityOptions? options = null)
        : this(options, null)
    {
    }

    internal ReadabilityAnalyzer(ReadabilityOptions? options, ReadabilityLexicon? lexicon)
    {
        Options = options ?? new ReadabilityOptions();
        Options.Validate();
        _lexicon = lexicon ?? ReadabilityLexicon.Shared;
        _hyphenation = new HyphenationDictionaries(Options.HyphenationFolder);

        // textstat counts words the CMU dictionary lacks with Pyphen's en_US patterns; without the
        // dictionary installed our own rules stand in (3 of textstat's 214 English cases then differ).
        _textstatSyllables = new(() => new SyllableCounter(_lexicon, textstatNumbers: true, _hyphenation.TryGet(LanguageProfiles.English, out _)));
        _structuredSyllables = new SyllableCounter(_lexicon, textstatNumbers: false);
    }

    public ReadabilityOptions Options { get; }

    /// <summary>
    /// Syllables of a word (or of each part of "wine-bottle" and other joined words) as the structured
    /// mode counts them: CMU dictionary, then rules; numbers are read aloud.
    /// </summary>
    public int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        var total = 0;
        var i = 0;
        while (i < lower.Length)
        {
            if (!IsWordPart(lower[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < lower.Length && IsWordPart(lower[i]))
            {
                i++;
            }

            total += _structuredSyllables.Count(lower.AsSpan(start, i - start).Trim('\''));
        }

        return total;

        static bool IsWordPart(char c) => c == '\'' || TextstatText.IsWordChar(c);
    }

    /// <summary>
    /// Scores a raw string in textstat mode. <paramref name="language"/> is an ISO 639-1 code, or null
    /// to accept the text as English unless its words say otherwise.
    /// </summary>
    public ReadabilityReport ScoreText(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decision = EnglishCheck.Decide(language, text);
        if (!decision.IsEnglish)
        {
            return ScoreLanguage(ReadabilityMode.Textstat, decision, text, null);
        }

        return ScoreTextstat(text);
    }

    /// <summary>
    /// Scores a document in <see cref="ReadabilityOptions.Mode"/>. Structured mode needs the
    /// document's clauses; a document without them is scored in textstat mode, and the report says so.
    /// </summary>
    public ReadabilityReport ScoreDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decision = EnglishCheck.Decide(document.Language, document.Text);
        if (!decision.IsEnglish)
        {
            return ScoreLanguage(Options.Mode, decision, document.Text, document);
        }

        if (Options.Mode == ReadabilityMode.Textstat || document.Clauses.Count == 0)
        {
            return ScoreTextstat(document.Text);
        }

        return ScoreStructured(document);
    }

    private ReadabilityReport ScoreTextstat(string text)
    {
        using var scanner = new WordScanner(_lexicon, _textstatSyllables.Value, skipAddresses: false);
        var total = new TallyAccumulator();
        var counts = scanner.Scan(text, total, null);
        var sentenceSpans = new List<TextSpan>();
        var sentences = TextstatText.CountSentences(text, sentenceSpans);
        counts = counts with { Sentences = sentences };

        var linsearSentences = counts.RawTokens == 0 ? 0 : sentences;
        if (counts.Words >= TallyAccumulator.LinsearWordLimit && counts.RawTokens > TallyAccumulator.LinsearWordLimit && scanner.LinsearCutWordStart >= 0)
        {
            // textstat re-joins the raw tokens up to the one holding the 100th word and counts its sentences.
            var cut = scanner.LinsearCutWordStart;
            while (cut < text.Length && !TextstatText.IsSpace(text[cut]))
            {
                cut++;
            }

            linsearSentences = TextstatText.CountSentences(text.AsSpan(0, cut));
        }

        var metrics = ReadabilityFormulas.Compute(counts, total.LinsearWith(linsearSentences));
        var hardest = Hardest(ScoreLongest(sentenceSpans, text, scanner));
        var jargon = FindJargon(text, new TextSpan(0, text.Length));
        return Report(ReadabilityMode.Textstat, metrics, counts, total.DistinctDifficultWords, null, hardest, jargon);
    }

    /// <summary>
    /// A language other than English: its own formulas over the same counts, syllables from its
    /// hyphenation dictionary. No English metric, hardest sentence (graded in Flesch-Kincaid) or
    /// English jargon is reported for it.
    /// </summary>
    private ReadabilityReport ScoreLanguage(ReadabilityMode mode, EnglishCheck.Decision decision, string text, Document? document)
    {
        var profile = LanguageProfiles.Find(decision.Language);
        if (profile is null)
        {
            var which = decision.Language is null ? "this language" : $"language '{decision.Language}'";
            return ReadabilityReport.NotScored(mode, decision.Language, $"no readability formula for {which}: TosScan has formulas for {LanguageProfiles.Codes} only");
        }

        var patterns = _hyphenation.TryGet(profile.Dictionary, out var problem);
        if (patterns is null)
        {
            return ReadabilityReport.NotScored(mode, profile.Code, $"{profile.Name} readability needs its syllables: {problem}");
        }

        var textstat = mode == ReadabilityMode.Textstat || document is null || document.Clauses.Count == 0;
        using var scanner = new WordScanner(_lexicon, new HyphenationSyllables(patterns), skipAddresses: !textstat);
        var total = new TallyAccumulator();
        if (textstat)
        {
            var counts = scanner.Scan(text, total, null);
            total.AddCounts(counts with { Sentences = TextstatText.CountSentences(text) });
        }
        else
        {
            foreach (var clause in document!.Clauses)
            {
                var span = Clamp(clause.Span, text.Length);
                var counts = scanner.Scan(text.AsSpan(span.Start, span.Length), total, null);
                if (counts.Words > 0)
                {
                    total.AddCounts(counts with { Sentences = 1 });
                }
            }
        }

        var actualMode = textstat ? ReadabilityMode.Textstat : ReadabilityMode.Structured;
        var c = total.Counts;
        if (c.Words == 0 && !textstat)
        {
            return ReadabilityReport.NotScored(actualMode, profile.Code, "the document has no words to score");
        }

        // textstat mode scores even an empty text: every formula's guard then gives 0, as textstat's do.
        var formulas = LanguageFormulas.Compute(profile, c, textstatRules: textstat);
        List<AudienceSuitability> suitability = [];
        if (profile.Verdict is { } verdict)
        {
            var value = formulas.First(f => f.Name == verdict.Formula).Value;
            var (grade, level) = verdict.GradeOf(value);
            var ease = formulas[0].Value;
            var basis = level is null
                ? $"{verdict.Formula}: {verdict.Source}"
                : string.Create(CultureInfo.InvariantCulture, $"{verdict.Formula} {value:0.0} ({level}, grade {grade:0}): {verdict.Source}");
            suitability = [.. Options.Audiences.Select(a => a.Assess(grade, ease, c.Words) with { Basis = basis })];
        }

        return new ReadabilityReport(
            actualMode.ToWireName(),
            true,
            profile.Code,
            null,
            null,
            ToCounts(c, 0),
            c.Words / Options.WordsPerMinute,
            Options.WordsPerMinute,
            suitability,
            Formulas: formulas,
            VerdictNote: profile.Verdict is null ? profile.NoVerdictReason : null);
    }

    private ReadabilityReport ScoreStructured(Document document)
    {
        using var scanner = new WordScanner(_lexicon, _structuredSyllables, skipAddresses: true);
        var text = document.Text;
        var total = new TallyAccumulator();
        var sections = new Dictionary<int, TallyAccumulator>();
        var units = new List<HardSentence>();
        foreach (var clause in document.Clauses)
        {
            var span = Clamp(clause.Span, text.Length);
            if (span.Length == 0)
            {
                continue;
            }

            TallyAccumulator? section = null;
            if (Options.ScoreSections && !sections.TryGetValue(clause.Section, out section))
            {
                section = new TallyAccumulator();
                sections[clause.Section] = section;
            }

            total.BeginUnit();
            section?.BeginUnit();
            var counts = scanner.Scan(text.AsSpan(span.Start, span.Length), total, section);
            if (counts.Words == 0)
            {
                continue;
            }

            // Each clause is one sentence unit, whatever its punctuation: a heading or list item is
            // never glued onto the next paragraph.
            counts = counts with { Sentences = 1 };
            total.AddCounts(counts);
            section?.AddCounts(counts);
            units.Add(new HardSentence(span, clause.Index, counts.Words, counts.Syllables, counts.Polysyllables, ReadabilityFormulas.FleschKincaidGrade(counts)));
        }

        if (total.Counts.Words == 0)
        {
            return ReadabilityReport.NotScored(ReadabilityMode.Structured, "en", "the document has no words to score");
        }

        var metrics = ReadabilityFormulas.Compute(total.Counts, total.Linsear);
        var sectionReports = Options.ScoreSections ? SectionReports(document, sections) : null;
        var hardest = Hardest(units);
        var jargon = FindJargon(text, units);
        return Report(ReadabilityMode.Structured, metrics, total.Counts, total.DistinctDifficultWords, sectionReports, hardest, jargon);
    }

    private static List<SectionReadability> SectionReports(Document document, Dictionary<int, TallyAccumulator> sections)
    {
        var reports = new List<SectionReadability>(sections.Count);
        foreach (var (index, accumulator) in sections.OrderBy(s => s.Key))
        {
            var section = index >= 0 && index < document.Sections.Count ? document.Sections[index] : null;
            var heading = section?.Heading is { } h ? document.TextOf(Clamp(h, document.Text.Length)).Trim() : null;
            var span = section?.Span ?? default;
            reports.Add(new SectionReadability(
                index,
                heading,
                span,
                ReadabilityFormulas.Compute(accumulator.Counts, accumulator.Linsear),
                ToCounts(accumulator.Counts, accumulator.DistinctDifficultWords)));
        }

        return reports;
    }

    /// <summary>
    /// textstat-mode sentences have no counts of their own yet: counts the longest ones (by
    /// characters, a close proxy for words times word length) so only those are scanned twice.
    /// </summary>
    private List<HardSentence> ScoreLongest(List<TextSpan> sentences, string text, WordScanner scanner)
    {
        var scored = new List<HardSentence>();
        if (Options.HardestSentences == 0)
        {
            return scored;
        }

        var candidates = Math.Max(HardestCandidates, 5 * Options.HardestSentences);
        foreach (var span in sentences.OrderByDescending(s => s.Length).Take(candidates))
        {
            var counts = scanner.Scan(text.AsSpan(span.Start, span.Length), null, null) with { Sentences = 1 };
            scored.Add(new HardSentence(span, null, counts.Words, counts.Syllables, counts.Polysyllables, ReadabilityFormulas.FleschKincaidGrade(counts)));
        }

        return scored;
    }

    /// <summary>
    /// The units of at least <see cref="HardestMinimumWords"/> words with the highest single-sentence
    /// Flesch-Kincaid grade, which grows with both length and syllables per word; hardest first.
    /// </summary>
    private List<HardSentence> Hardest(List<HardSentence> units) =>
        [.. units
            .Where(u => u.Words >= HardestMinimumWords)
            .OrderByDescending(s => s.FleschKincaidGrade)
            .ThenByDescending(s => s.Words)
            .ThenBy(s => s.Span.Start)
            .Take(Options.HardestSentences)];

    private List<JargonHit>? FindJargon(string text, TextSpan range)
    {
        if (!Options.FindJargon)
        {
            return null;
        }

        var hits = new List<JargonHit>();
        JargonFinder.Find(text, range, _lexicon.Jargon, hits);
        return hits;
    }

    private List<JargonHit>? FindJargon(string text, List<HardSentence> units)
    {
        if (!Options.FindJargon)
        {
            return null;
        }

        var hits = new List<JargonHit>();
        foreach (var unit in units)
        {
            JargonFinder.Find(text, unit.Span, _lexicon.Jargon, hits);
        }

        return hits;
    }

    private ReadabilityReport Report(
        ReadabilityMode mode,
        ReadabilityMetrics metrics,
        TallyCounts counts,
        int difficultWords,
        IReadOnlyList<SectionReadability>? sections,
        IReadOnlyList<HardSentence> hardest,
        IReadOnlyList<JargonHit>? jargon)
    {
        var suitability = Options.Audiences
            .Select(a => a.Assess(metrics.FleschKincaidGrade, metrics.FleschReadingEase, counts.Words))
            .ToList();
        return new ReadabilityReport(
            mode.ToWireName(),
            true,
            "en",
            null,
            metrics,
            ToCounts(counts, difficultWords),
            counts.Words / Options.WordsPerMinute,
            Options.WordsPerMinute,
            suitability,
            sections,
            hardest,
            jargon);
    }

    private static ReadabilityCounts ToCounts(TallyCounts c, int difficultWords) =>
        new(c.Words, c.Sentences, c.Syllables, c.Polysyllables, difficultWords, c.Letters, c.Characters);

    private static TextSpan Clamp(TextSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        var end = Math.Clamp(span.End, start, length);
        return TextSpan.FromBounds(start, end);
    }
}
