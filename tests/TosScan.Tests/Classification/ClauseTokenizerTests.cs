using TosScan.Classification.Features;

namespace TosScan.Tests.Classification;

public sealed class ClauseTokenizerTests
{
    [Fact]
    public void Negation_scope_covers_the_verb_phrase_and_stops_at_but()
    {
        var tokens = ClauseTokenizer.Tokenize("We do not sell your data, but we share it with partners.");

        Assert.True(Find(tokens, "sell").Negated);
        Assert.True(Find(tokens, "data").Negated);
        Assert.False(Find(tokens, "shar").Negated);
        Assert.False(Find(tokens, "partner").Negated);
    }

    [Fact]
    public void A_list_of_single_verbs_after_a_negator_stays_negated()
    {
        var tokens = ClauseTokenizer.Tokenize("We will not disclose, sell, license or otherwise transfer your data to third parties.");

        Assert.True(Find(tokens, "sell").Negated);
        Assert.True(Find(tokens, "transfer").Negated);
        Assert.True(Find(tokens, "third").Negated);
    }

    [Fact]
    public void A_comma_after_a_longer_phrase_still_closes_the_scope()
    {
        var tokens = ClauseTokenizer.Tokenize("We do not sell data, and we share it with advertisers.");

        Assert.True(Find(tokens, "sell").Negated);
        Assert.False(Find(tokens, "shar").Negated);
        Assert.False(Find(tokens, "advertiser").Negated);
    }

    [Theory]
    [InlineData("We do not sell the contact details of members under sixteen, share them with partners for their ads or use them to target advertising.", "shar", "partner")]
    [InlineData("We will never rent your address to mailing houses, or give it to sponsors.", "giv", "sponsor")]
    public void A_list_of_denied_practices_stays_denied_after_the_comma(string text, string listedVerb, string later)
    {
        var tokens = ClauseTokenizer.Tokenize(text);

        Assert.True(Find(tokens, listedVerb).Negated);
        Assert.True(Find(tokens, later).Negated);
    }

    [Theory]
    [InlineData("We do not \"sell\" the personal information of our members.", "sell", "personal")]
    [InlineData("We do not knowingly \"share\" data about teenagers.", "shar", "data")]
    [InlineData("Kindlewood does not \u201Csell\u201D personal information as state law defines it.", "sell", "personal")]
    public void A_quotation_opened_after_a_negator_keeps_the_scope_past_its_close(string text, string quoted, string after)
    {
        var tokens = ClauseTokenizer.Tokenize(text);

        Assert.True(Find(tokens, quoted).Negated);
        Assert.True(Find(tokens, after).Negated);
    }

    [Fact]
    public void A_closing_quotation_mark_ends_the_scope_of_a_quoted_name()
    {
        var tokens = ClauseTokenizer.Tokenize("Your browser may offer a \"Do Not Track\" setting that sends a signal to sites you visit.");

        Assert.True(Find(tokens, "track").Negated);
        Assert.False(Find(tokens, "send").Negated);
    }

    [Theory]
    [InlineData("We do not sell your data, we share it with advertisers.", "shar")]
    [InlineData("If you do not opt out, sharing with advertisers continues.", "shar")]
    [InlineData("We do not sell your data, but share it with advertisers.", "shar")]
    public void A_comma_then_something_other_than_a_listed_practice_closes_the_scope(string text, string stem) =>
        Assert.False(Find(ClauseTokenizer.Tokenize(text), stem).Negated);

    [Theory]
    [InlineData("We never sell your data.")]
    [InlineData("We won't sell your data.")]
    [InlineData("We don\u2019t sell your data.")]
    public void Contracted_and_adverbial_negators_open_a_scope(string text)
    {
        Assert.True(Find(ClauseTokenizer.Tokenize(text), "sell").Negated);
    }

    [Theory]
    [InlineData("Our vendors are contractually prohibited from selling it to advertisers.")]
    [InlineData("Partners are forbidden to sell it to advertisers.")]
    [InlineData("Processors are barred from selling it to advertisers.")]
    public void A_prohibition_negates_what_it_prohibits(string text)
    {
        var tokens = ClauseTokenizer.Tokenize(text);

        Assert.True(Find(tokens, "sell").Negated);
        Assert.True(Find(tokens, "advertiser").Negated);
    }

    [Theory]
    [InlineData("We have no responsibility or liability for the deletion of any content.", "deletion")]
    [InlineData("We are not responsible for the deletion of your posts.", "deletion")]
    [InlineData("We make no warranty that your files will be stored.", "stor")]
    public void A_disclaimer_of_liability_does_not_negate_the_act_it_names(string text, string act)
    {
        var tokens = ClauseTokenizer.Tokenize(text);

        // The disclaimer itself is negated ("no liability"); the deletion or storage it names is not denied.
        Assert.True(tokens.First(t => t.Stem is "responsibility" or "responsibl" or "warranty").Negated);
        Assert.False(Find(tokens, act).Negated);
    }

    [Fact]
    public void An_obligation_denied_still_negates_the_act()
    {
        // "no obligation to delete" says content may stay: the deletion stays in the scope.
        var tokens = ClauseTokenizer.Tokenize("We have no obligation to delete your content.");

        Assert.True(Find(tokens, "delet").Negated);
    }

    [Fact]
    public void Offsets_are_utf16_offsets_into_the_text()
    {
        const string text = "Your licence is sub-licensable.";

        var tokens = ClauseTokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text.Substring(t.Start, t.Length))));
        Assert.Equal("licens", Find(tokens, "licens").Stem);
        Assert.Equal("sub-licensable", text.Substring(tokens[^1].Start, tokens[^1].Length));
    }

    [Theory]
    [InlineData("shares", "shar")]
    [InlineData("sharing", "shar")]
    [InlineData("retained", "retain")]
    [InlineData("licences", "licens")]
    public void Inflections_meet_at_one_stem(string word, string stemPrefix)
    {
        Assert.StartsWith(stemPrefix, ClauseTokenizer.Stem(word), StringComparison.Ordinal);
    }

    private static Token Find(List<Token> tokens, string stemPrefix) =>
        tokens.First(t => t.Stem.StartsWith(stemPrefix, StringComparison.Ordinal));
}
