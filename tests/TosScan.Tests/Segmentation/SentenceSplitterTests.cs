using TosScan.Documents;
using TosScan.Segmentation;

namespace TosScan.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Default = new(new SentenceSplitterOptions());

    [Theory]
    [InlineData("We collect data, e.g. your name, i.e. what you type. We share it.", "We collect data, e.g. your name, i.e. what you type.|We share it.")]
    [InlineData("Contact Acme Inc. for details. We reply.", "Contact Acme Inc. for details.|We reply.")]
    [InlineData("Our partner is Acme Ltd. We share data with it.", "Our partner is Acme Ltd.|We share data with it.")]
    [InlineData("Acme Corp. Group and Foo Co. Holdings agree.", "Acme Corp. Group and Foo Co. Holdings agree.")]
    [InlineData("We comply with U.S. Federal law and E.U. Member State rules. You may object.", "We comply with U.S. Federal law and E.U. Member State rules.|You may object.")]
    [InlineData("Roblox is based in the U.S. Your data is stored there.", "Roblox is based in the U.S.|Your data is stored there.")]
    [InlineData("Transfers under the EU-U.S. Data Privacy Framework are lawful.", "Transfers under the EU-U.S. Data Privacy Framework are lawful.")]
    [InlineData("See No. 5 and Art. 6 GDPR and Sec. 4 of the Act. Then write to us.", "See No. 5 and Art. 6 GDPR and Sec. 4 of the Act.|Then write to us.")]
    [InlineData("The answer is no. We checked.", "The answer is no.|We checked.")]
    [InlineData("Signed by John F. Kennedy in person. Next sentence.", "Signed by John F. Kennedy in person.|Next sentence.")]
    [InlineData("Section 4.2.1 applies to you. It is short.", "Section 4.2.1 applies to you.|It is short.")]
    [InlineData("4.2. We share data. We sell nothing.", "4.2. We share data.|We sell nothing.")]
    [InlineData("1. Who your contract is with", "1. Who your contract is with")]
    [InlineData("The fee is 3.5 percent. It is due in 2025. Pay on time.", "The fee is 3.5 percent.|It is due in 2025.|Pay on time.")]
    [InlineData("Visit https://example.com/a.b?x=1 for more. Or write to privacy@example.com. We answer!", "Visit https://example.com/a.b?x=1 for more.|Or write to privacy@example.com.|We answer!")]
    [InlineData("Wait... Then we decide. We may... share it.", "Wait...|Then we decide.|We may... share it.")]
    [InlineData("We wait\u2026 Then act.", "We wait\u2026|Then act.")]
    [InlineData("He said \"stop.\" Then he left.", "He said \"stop.\"|Then he left.")]
    [InlineData("We share data (see Section 3.) We also keep logs.", "We share data (see Section 3.)|We also keep logs.")]
    [InlineData("You agree to these terms (the \u201cTerms\u201d). They bind you.", "You agree to these terms (the \u201cTerms\u201d).|They bind you.")]
    [InlineData("Really? Yes! Fine.", "Really?|Yes!|Fine.")]
    [InlineData("Yahoo! is a brand. So is Acme.", "Yahoo! is a brand.|So is Acme.")]
    [InlineData("We may share data; we never sell it.", "We may share data; we never sell it.")]
    [InlineData("Approx. 5 users, incl. Mr. Smith and Dr. Jones, agreed. St. Louis is a city.", "Approx. 5 users, incl. Mr. Smith and Dr. Jones, agreed.|St. Louis is a city.")]
    [InlineData("We use cookies, pixels, etc. We also use SDKs.", "We use cookies, pixels, etc.|We also use SDKs.")]
    [InlineData("We use cookies, etc. and pixels.", "We use cookies, etc. and pixels.")]
    [InlineData("Acme Inc.\n1 Main Street\nSpringfield", "Acme Inc.|1 Main Street|Springfield")]
    [InlineData("We share your data with\nAdvertisers who pay us.", "We share your data with\nAdvertisers who pay us.")]
    [InlineData("Examples of processing:\n* We collect IP addresses.\n* We analyze content", "Examples of processing:|* We collect IP addresses.|* We analyze content")]
    [InlineData("  Leading and trailing space is trimmed.  ", "Leading and trailing space is trimmed.")]
    public void Splits_sentences_where_a_reader_would(string text, string expected)
    {
        var sentences = Default.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text));

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void Splits_only_inside_the_given_range_and_returns_document_offsets()
    {
        const string text = "Heading without stop\n\nFirst sentence. Second one.";
        var range = new TextSpan(22, text.Length - 22);

        var spans = Default.Split(text, range);

        Assert.Equal([new TextSpan(22, 15), new TextSpan(38, 11)], spans);
    }

    [Fact]
    public void Semicolons_split_only_when_asked()
    {
        var splitter = new SentenceSplitter(new SentenceSplitterOptions { SplitOnSemicolons = true });
        const string text = "We may share data; we never sell it.";

        var sentences = splitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text));

        Assert.Equal(["We may share data;", "we never sell it."], sentences);
    }

    [Fact]
    public void Overlong_run_on_text_is_cut_at_line_breaks_even_without_line_break_splitting()
    {
        var splitter = new SentenceSplitter(new SentenceSplitterOptions { SplitAtLineBreaks = false, MaxSentenceLength = 60 });
        const string text = "Account information we hold about you\nUsage data about the rooms you join\nDevice identifiers and crash logs";

        var sentences = splitter.Split(text, new TextSpan(0, text.Length)).Select(s => s.Slice(text));

        Assert.Equal(["Account information we hold about you", "Usage data about the rooms you join", "Device identifiers and crash logs"], sentences);
    }

    [Fact]
    public void Extra_abbreviations_are_respected()
    {
        var splitter = new SentenceSplitter(new SentenceSplitterOptions { ExtraAbbreviations = ["Ziff."] });
        const string text = "See Ziff. Nine for details.";

        Assert.Single(splitter.Split(text, new TextSpan(0, text.Length)));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200_000)]
    public void Invalid_max_sentence_length_is_rejected_naming_the_option(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSplitter(new SentenceSplitterOptions { MaxSentenceLength = value }));

        Assert.Contains(nameof(SentenceSplitterOptions.MaxSentenceLength), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_abbreviation_without_a_period_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new SentenceSplitter(new SentenceSplitterOptions { ExtraAbbreviations = ["Ziff"] }));

        Assert.Contains("ExtraAbbreviations", error.Message, StringComparison.Ordinal);
    }
}
