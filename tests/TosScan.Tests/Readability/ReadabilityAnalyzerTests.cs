using TosScan.Documents;
using TosScan.Readability;

namespace TosScan.Tests.Readability;

public sealed class ReadabilityAnalyzerTests
{
    private const string French = "Nous collectons les informations que vous nous fournissez lorsque vous créez un compte, " +
        "et nous les utilisons pour vous proposer nos services. Vous pouvez demander la suppression de vos données à tout moment.";

    private static readonly ReadabilityAnalyzer Analyzer = new();

    [Fact]
    public void A_french_text_without_a_language_gets_the_french_formula_and_no_verdict()
    {
        var report = Analyzer.ScoreText(French);

        Assert.True(report.Scored, report.NotScoredReason);
        Assert.Equal("fr", report.Language);
        Assert.Null(report.Metrics);
        var kandelMoles = Assert.Single(report.Formulas!);
        Assert.Equal("flesch_reading_ease", kandelMoles.Name);
        Assert.Contains("Kandel", kandelMoles.Source, StringComparison.Ordinal);
        var c = report.Counts!;
        Assert.Equal(207 - (1.015 * c.Words / c.Sentences) - (73.6 * c.Syllables / c.Words), kandelMoles.Value, 9);
        Assert.Empty(report.Suitability!);
        Assert.StartsWith("no verdict for this language", report.VerdictNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_in_a_language_without_a_formula_is_not_scored_and_says_so()
    {
        var document = new Document(Source(), "We collect your data and we share it with our partners.", []) { Language = "ru" };

        var report = Analyzer.ScoreDocument(document);

        Assert.False(report.Scored);
        Assert.Equal("ru", report.Language);
        Assert.Contains("no readability formula for language 'ru'", report.NotScoredReason, StringComparison.Ordinal);
        Assert.Null(report.Metrics);
        Assert.Null(report.Formulas);
    }

    [Fact]
    public void A_language_whose_dictionary_is_missing_is_not_scored_and_names_the_package()
    {
        var empty = Directory.CreateTempSubdirectory("tosscan-nohyphen-");
        try
        {
            var analyzer = new ReadabilityAnalyzer(new ReadabilityOptions { HyphenationFolder = empty.FullName });

            var report = analyzer.ScoreText("Wir erheben die Daten, die Sie uns geben, und wir speichern sie nicht länger als nötig.", "de");

            Assert.False(report.Scored);
            Assert.Equal("de", report.Language);
            Assert.Contains("apt-get install hyphen-de", report.NotScoredReason, StringComparison.Ordinal);
            Assert.Contains(empty.FullName, report.NotScoredReason, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void English_text_without_a_language_is_scored()
    {
        var report = Analyzer.ScoreText("We collect the information you give us when you create an account, and we use it to provide our services.");

        Assert.True(report.Scored);
        Assert.Equal("en", report.Language);
        Assert.Equal("textstat", report.Mode);
        Assert.Equal(20, report.Counts!.Words);
        Assert.Equal(report.Counts.Words / 238.0, report.ReadingTimeMinutes!.Value, 10);
        Assert.Equal(238, report.WordsPerMinute);
    }

    [Fact]
    public void Jargon_spans_point_at_the_words()
    {
        const string text = "The licensee (hereinafter the User) shall Indemnify us. Notwithstanding the aforementioned terms, " +
            "the licence is sublicensable and non-exclusive, to the fullest extent permitted by law.";

        var report = Analyzer.ScoreText(text, "en");
        var found = report.Jargon!.Select(j => (j.Term, Words: text.Substring(j.Span.Start, j.Span.Length))).ToList();

        Assert.Contains(("hereinafter", "hereinafter"), found);
        Assert.Contains(("indemnif", "Indemnify"), found.Select(f => (f.Term.TrimEnd('*'), f.Words)));
        Assert.Contains(("notwithstanding", "Notwithstanding"), found);
        Assert.Contains(("aforementioned", "aforementioned"), found);
        Assert.Contains(("sublicensable", "sublicensable"), found);
        Assert.Contains(("non-exclusive", "non-exclusive"), found);
        Assert.Contains(("to the fullest extent permitted by law", "to the fullest extent permitted by law"), found);
        Assert.Contains(("shall", "shall"), found);
        // The longest phrase wins: "law" alone is not reported inside the phrase.
        Assert.DoesNotContain(found, f => f.Words == "law");
        Assert.All(report.Jargon!, j => Assert.False(string.IsNullOrEmpty(j.PlainAlternative)));
    }

    [Fact]
    public void The_jargon_list_has_about_150_terms()
    {
        var lexicon = ReadabilityLexicon.Shared;
        Assert.InRange(lexicon.Jargon.Entries.Count, 140, 200);
        Assert.Equal(lexicon.Jargon.Entries.Count, lexicon.Jargon.Entries.Select(e => e.Term).Distinct().Count());
    }

    [Fact]
    public void Options_out_of_range_are_refused_naming_the_option()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReadabilityAnalyzer(new ReadabilityOptions { WordsPerMinute = 5 }));
        Assert.Contains("WordsPerMinute", ex.Message, StringComparison.Ordinal);
        var bad = Assert.Throws<ArgumentOutOfRangeException>(() => new ReadabilityAnalyzer(new ReadabilityOptions { HardestSentences = -1 }));
        Assert.Contains("HardestSentences", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stage_fills_the_document_and_keeps_everything_else()
    {
        var stage = new ReadabilityStage();
        var document = new Document(Source(), "You can delete your account at any time. We keep your posts for thirty days.", []);

        var result = await stage.ProcessAsync(document, CancellationToken.None);

        Assert.Equal("readability", stage.Name);
        Assert.Null(document.Readability);
        var readability = Assert.IsType<ReadabilityReport>(result.Readability);
        Assert.Same(document.Text, result.Text);
        // No clauses yet (segmentation did not run): scored with textstat's rules, and the report says so.
        Assert.Equal("textstat", readability.Mode);
        Assert.Equal(2, readability.Counts!.Sentences);
    }

    [Fact]
    public void Json_uses_textstat_names()
    {
        var json = ReadabilityJson.Serialize(Analyzer.ScoreText("You can delete your account at any time. We keep your posts for thirty days."));

        foreach (var key in (string[])["\"flesch_reading_ease\"", "\"flesch_kincaid_grade\"", "\"gunning_fog\"", "\"smog_index\"", "\"coleman_liau_index\"",
            "\"automated_readability_index\"", "\"dale_chall_readability_score\"", "\"linsear_write_formula\"", "\"text_standard\"", "\"text_standard_label\"",
            "\"words\"", "\"sentences\"", "\"syllables\"", "\"polysyllables\"", "\"difficult_words\"", "\"reading_time_minutes\"", "\"words_per_minute\"",
            "\"mode\":\"textstat\"", "\"audience\":\"young_people\"", "\"estimated_reading_age\""])
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }
    }

    private static DocumentSource Source() =>
        new("test", DocumentType.TermsOfService, "memory", DateTimeOffset.UnixEpoch, new string('0', 64), "text/plain");
}
