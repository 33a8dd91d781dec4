using System.Text;
using TosScan.Extraction;
using static TosScan.Tests.Extraction.ExtractionHelpers;

namespace TosScan.Tests.Extraction;

public sealed class CharsetTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const string Sentence = "We don’t sell your data – café users’ “choices” matter.";

    [Fact]
    public void Windows_1252_bytes_are_decoded_from_the_meta_charset()
    {
        var bytes = Windows1252.GetBytes($"<html><head><meta charset=\"windows-1252\"></head><body><p>{Sentence}</p></body></html>");

        var result = Extract(bytes, "text/html", charset: null);

        Assert.Equal(Sentence, Assert.Single(result.AllTexts()));
    }

    [Fact]
    public void Http_equiv_content_type_meta_is_honoured()
    {
        var bytes = Windows1252.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>{Sentence}</p></body></html>");

        var result = Extract(bytes, "text/html", charset: null);

        // iso-8859-1 is read as windows-1252, as browsers do, so the curly quotes survive.
        Assert.Equal(Sentence, Assert.Single(result.AllTexts()));
    }

    [Fact]
    public void A_wrong_utf8_header_does_not_garble_windows_1252_bytes()
    {
        var bytes = Windows1252.GetBytes($"<html><head><meta charset=\"windows-1252\"></head><body><p>{Sentence}</p></body></html>");

        var result = Extract(bytes, "text/html", charset: "utf-8");

        Assert.Equal(Sentence, Assert.Single(result.AllTexts()));
        Assert.Contains(result.Notes, n => n.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_header_charset_falls_back_to_detection_and_is_noted()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><body><p>{Sentence}</p></body></html>");

        var result = Extract(bytes, "text/html", charset: "x-made-up-charset");

        Assert.Equal(Sentence, Assert.Single(result.AllTexts()));
        Assert.Contains(result.Notes, n => n.Contains("x-made-up-charset", StringComparison.Ordinal));
    }

    [Fact]
    public void The_header_charset_wins_over_detection()
    {
        var bytes = Windows1252.GetBytes($"<p>{Sentence}</p>");

        var result = Extract(bytes, "text/html", charset: "windows-1252");

        Assert.Equal(Sentence, Assert.Single(result.AllTexts()));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_utf16_byte_order_mark_decides_the_encoding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"First paragraph.\n\n{Sentence}")).ToArray();

        var result = Extract(bytes, "text/plain", charset: "iso-8859-1");

        Assert.Equal(["First paragraph.", Sentence], result.AllTexts());
    }

    [Fact]
    public void Undeclared_legacy_text_is_detected_rather_than_shown_as_replacement_characters()
    {
        var text = string.Concat(Enumerable.Repeat("Les données personnelles sont conservées pendant la durée nécessaire à la finalité. ", 8));
        var bytes = Windows1252.GetBytes(text);

        var result = Extract(bytes, "text/plain", charset: null);

        Assert.DoesNotContain('\uFFFD', result.Text);
        Assert.Contains("données personnelles sont conservées", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_rejected_with_the_input_name_and_advice()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var error = Assert.Throws<ExtractionException>(() => Extract(bytes, "text/plain", null, "downloads/terms.txt"));

        Assert.Equal("downloads/terms.txt", error.SourceName);
        Assert.Contains("does not look like text", error.Message, StringComparison.Ordinal);
    }
}
