using System.Text;
using TosScan.Readability.Hyphenation;

namespace TosScan.Tests.Readability.Hyphenation;

public sealed class HyphenationPatternsTests
{
    [Fact]
    public void An_odd_value_allows_a_break_and_a_higher_even_value_forbids_it()
    {
        // "1b": a break may come before every b; "c2b": never between c and b.
        var patterns = Load("UTF-8\n1b\nc2b\n");

        Assert.Equal(3, patterns.CountSyllables("aabaabaa"));
        Assert.Equal(2, patterns.CountSyllables("aacbaaba"));
    }

    [Fact]
    public void No_break_within_two_letters_of_either_end()
    {
        var patterns = Load("UTF-8\n1b\n");

        // Breaks before positions 1 and 3 of "abab" are too near the ends (Pyphen's left 2, right 2).
        Assert.Equal(1, patterns.CountSyllables("abab"));
        Assert.Equal(2, patterns.CountSyllables("aabaa"));
        Assert.Equal(0, patterns.CountSyllables(string.Empty));
    }

    [Fact]
    public void Word_edge_patterns_match_only_at_the_edges()
    {
        // ".aa1" breaks after a leading "aa" only.
        var patterns = Load("UTF-8\n.aa1\n");

        Assert.Equal(2, patterns.CountSyllables("aaxyz"));
        Assert.Equal(1, patterns.CountSyllables("xaaxyz"));
    }

    [Fact]
    public void Latin1_files_keywords_and_comments_are_read_as_such()
    {
        var bytes = Encoding.Latin1.GetBytes("ISO8859-1\n% comment\nLEFTHYPHENMIN 1\nNEXTLEVEL\n1ä\n");
        var patterns = HyphenationPatterns.Load(new MemoryStream(bytes), "test");

        Assert.Equal(1, patterns.Count);
        Assert.Equal(2, patterns.CountSyllables("aaäaa"));
    }

    [Fact]
    public void A_file_without_patterns_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Load("UTF-8\n% nothing\n"));
    }

    [Fact]
    public void A_missing_dictionary_names_the_package_to_install()
    {
        var dictionaries = new HyphenationDictionaries("/nonexistent-tosscan-hyphen");

        var patterns = dictionaries.TryGet(new HyphenationDictionary("hyphen-xx", ["hyph_xx.dic"]), out var problem);

        Assert.Null(patterns);
        Assert.Contains("apt-get install hyphen-xx", problem, StringComparison.Ordinal);
        Assert.Contains("hyph_xx.dic", problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// Expected counts are the dictionaries' own hyphenations as Pyphen 0.13 gives them
    /// (da-ten-schut-z-er-klä-rung, confi-den-tia-li-té: the patterns, not a linguist, decide).
    /// </summary>
    [Theory]
    [InlineData("de", "datenschutzerklärung", 7)]
    [InlineData("de", "nutzungsbedingungen", 6)]
    [InlineData("fr", "confidentialité", 5)]
    [InlineData("es", "privacidad", 4)]
    [InlineData("it", "riservatezza", 5)]
    [InlineData("nl", "gebruiksvoorwaarden", 5)]
    [InlineData("pt", "privacidade", 5)]
    public void The_system_dictionaries_split_words_into_their_syllables(string language, string word, int syllables)
    {
        var profile = TosScan.Readability.Languages.LanguageProfiles.Find(language)!;
        var patterns = new HyphenationDictionaries("/usr/share/hyphen").TryGet(profile.Dictionary, out var problem);

        Assert.True(patterns is not null, problem);
        Assert.Equal(syllables, patterns.CountSyllables(word));
    }

    private static HyphenationPatterns Load(string text) => HyphenationPatterns.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test");
}
