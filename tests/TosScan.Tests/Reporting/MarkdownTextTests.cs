using TosScan.Reporting.Reports;

namespace TosScan.Tests.Reporting;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\]\\(javascript:alert\\(1\\)\\)")]
    [InlineData("line one\r\nline two", "line one line two")]
    [InlineData("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`")]
    [InlineData(null, "")]
    public void Cells_hold_literal_text(string? input, string expected) =>
        Assert.Equal(expected, MarkdownText.Cell(input));
}
