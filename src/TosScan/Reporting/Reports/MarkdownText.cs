using System.Text;

namespace TosScan.Reporting.Reports;

/// <summary>
/// Makes text safe inside a Markdown table cell: crawled text must not break the table, start a
/// link, or become raw HTML when the Markdown is rendered. <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
/// become entities (so the raw file holds no tag at all, whatever renderer reads it); every other
/// character Markdown could read as syntax is backslash-escaped (rendered literally); line breaks
/// become spaces.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_{}[]()#+-!|~\"";

    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        var lastWasSpace = false;
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n' or '\t')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = ch == ' ';
            switch (ch)
            {
                case '<':
                    builder.Append("&lt;");
                    continue;
                case '>':
                    builder.Append("&gt;");
                    continue;
                case '&':
                    builder.Append("&amp;");
                    continue;
            }

            if (Special.Contains(ch, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(ch);
        }

        return builder.ToString().Trim();
    }
}
