using TosScan.Text;

namespace TosScan.Tests.Text;

public sealed class TypographicNormalizerTests
{
    [Fact]
    public void Note_marks_glued_to_a_word_are_dropped_and_the_map_points_back_at_the_original()
    {
        const string original = "Partners[2] also share cookies[20] with us.";

        var normalized = TypographicNormalizer.Normalize(original);

        Assert.Equal("Partners also share cookies with us.", normalized.Text);
        var share = normalized.Text.IndexOf("share", StringComparison.Ordinal);
        Assert.Equal("share", original[normalized.OriginalStart(share)..normalized.OriginalEnd(share + 5)]);
        var cookies = normalized.Text.IndexOf("cookies", StringComparison.Ordinal);
        Assert.Equal("cookies", original[normalized.OriginalStart(cookies)..normalized.OriginalEnd(cookies + 7)]);
    }

    [Theory]
    [InlineData("See note [2] below.")]
    [InlineData("Clause 4[a] applies.")]
    [InlineData("A code such as ab[12]cd is kept whole.")]
    [InlineData("Arrays like list[12345] are not notes.")]
    public void Brackets_that_are_not_a_note_mark_on_a_word_are_kept(string text) =>
        Assert.Equal(text, TypographicNormalizer.Normalize(text).Text);
}
