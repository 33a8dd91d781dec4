using TosScan.Documents;

namespace TosScan.Tests.Documents;

public sealed class TextSpanTests
{
    [Fact]
    public void Slice_returns_the_covered_words()
    {
        const string text = "We may share your data.";
        var span = TextSpan.FromBounds(7, 12);
        Assert.Equal("share", span.Slice(text));
        Assert.Equal(12, span.End);
    }

    [Fact]
    public void Overlap_and_containment_respect_half_open_bounds()
    {
        var a = new TextSpan(0, 5);
        var b = new TextSpan(5, 3);
        Assert.False(a.Overlaps(b));
        Assert.True(new TextSpan(0, 10).Contains(b));
        Assert.False(b.Contains(a));
    }
}
