using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace TosScan.Extraction.Markdown;

/// <summary>
/// Flattens Markdown inlines to the words a reader sees: emphasis dropped, link text kept and its
/// URL dropped, images dropped, hard breaks kept as line breaks.
/// </summary>
internal static partial class MarkdownInlineText
{
    public static void Append(Inline? inline, StringBuilder output)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            AppendOne(current, output);
        }
    }

    private static void AppendOne(Inline inline, StringBuilder output)
    {
        switch (inline)
        {
            case LiteralInline literal:
                output.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                output.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                output.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                output.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                output.Append(autolink.Url);
                break;
            case HtmlInline html:
                AppendHtmlInline(html.Tag, output);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                Append(container.FirstChild, output);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Markup tags carry no words, but converted documents contain prose in angle brackets such as
    /// "&lt;Data Protection Officer&gt;", which Markdown reads as a tag. Keep what is not a real tag.
    /// </summary>
    private static void AppendHtmlInline(string tag, StringBuilder output)
    {
        if (!IsMarkup(tag))
        {
            output.Append(tag);
        }
        else if (BreakTag().IsMatch(tag))
        {
            output.Append('\n');
        }
    }

    internal static bool IsMarkup(string html)
    {
        var match = TagName().Match(html);
        return html.StartsWith("<!--", StringComparison.Ordinal)
            || (match.Success && HtmlTagNames.IsKnown(match.Groups["name"].Value));
    }

    [GeneratedRegex(@"^\s*</?(?<name>[A-Za-z][A-Za-z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TagName();

    [GeneratedRegex(@"^<br\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakTag();
}
