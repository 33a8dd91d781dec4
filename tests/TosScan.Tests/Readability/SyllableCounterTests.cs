using System.Text.Json;
using TosScan.Readability;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Readability;

public sealed class SyllableCounterTests
{
    private static readonly ReadabilityAnalyzer Analyzer = new();

    [SharedDataFact]
    public void Agrees_with_the_syllable_package_fixture_on_at_least_98_percent_of_words()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReadabilityTestData.Eval("syllable_fixture_cases.json")));
        var cases = json.RootElement.GetProperty("fixture").EnumerateObject()
            .Select(p => (Word: p.Name, Expected: p.Value.GetInt32()))
            .Concat(json.RootElement.GetProperty("explicit_cases").EnumerateArray()
                .Select(e => (Word: e.GetProperty("word").GetString()!, Expected: e.GetProperty("expected").GetInt32())))
            .ToList();
        var wrong = cases.Where(c => Analyzer.CountSyllables(c.Word) != c.Expected).ToList();
        var ratio = 1.0 - ((double)wrong.Count / cases.Count);

        Assert.True(cases.Count > 4500, $"only {cases.Count} fixture words");
        Assert.True(ratio >= 0.98, $"agreement {ratio:P2}; first disagreements: " + string.Join(", ", wrong.Take(40).Select(w => $"{w.Word}={Analyzer.CountSyllables(w.Word)} (want {w.Expected})")));
    }

    [Theory]
    [InlineData("regulator's", 4)]   // possessive of a dictionary word
    [InlineData("boss's", 2)]        // possessive after a sibilant adds a syllable
    [InlineData("users'", 2)]
    [InlineData("wellbalanced", 3)]  // two dictionary words glued together
    [InlineData("singer-songwriter", 5)] // singer (2) + songwriter (3)
    [InlineData("500", 3)]           // "five hundred"
    [InlineData("2024", 6)]          // "two thousand twenty-four"
    [InlineData("0800", 7)]          // leading zero: digit by digit, zero (2) eight (1) zero (2) zero (2)
    public void Rules_cover_what_the_dictionary_lacks(string word, int expected) =>
        Assert.Equal(expected, Analyzer.CountSyllables(word));

    [Fact]
    public void Unknown_words_fall_back_to_vowel_groups()
    {
        Assert.Equal(5, Analyzer.CountSyllables("blorptification"));
        Assert.Equal(1, Analyzer.CountSyllables("dweebs"));
    }
}
