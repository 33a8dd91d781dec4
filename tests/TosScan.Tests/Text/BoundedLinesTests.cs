using TosScan.Text;

namespace TosScan.Tests.Text;

public sealed class BoundedLinesTests
{
    [Fact]
    public async Task Lines_keep_their_numbers_and_lose_only_their_line_breaks()
    {
        var lines = await ReadAsync("first\r\n\nthird\nlast without a break", maxChars: 100);

        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
        Assert.Equal(["first", "", "third", "last without a break"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_line_over_the_limit_is_measured_and_skipped_and_the_next_lines_are_still_read()
    {
        // Long enough to span several of the reader's 8,192-character buffers.
        var huge = new string('x', 50_000);

        var lines = await ReadAsync($"short\n{huge}\r\nafter\n", maxChars: 10_000);

        Assert.Equal(3, lines.Count);
        Assert.True(lines[1].TooLong);
        Assert.Equal(50_000, lines[1].Length);
        Assert.Equal((3, "after"), (lines[2].Number, lines[2].Text));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public async Task The_limit_counts_characters_without_the_line_break(int length, bool tooLong)
    {
        var lines = await ReadAsync(new string('y', length) + "\r\n", maxChars: 10);

        Assert.Equal(tooLong, Assert.Single(lines).TooLong);
    }

    private static async Task<List<BoundedLine>> ReadAsync(string text, int maxChars)
    {
        var lines = new List<BoundedLine>();
        await foreach (var line in BoundedLines.ReadAsync(new StringReader(text), maxChars, CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }
}
