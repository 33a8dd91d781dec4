using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TosScan.Extraction.Markdown;

/// <summary>
/// Recognises a paragraph that is only a link ("[Retention of Your Information](#retention)" in a
/// table of contents, "[Marketing vendors](https://...)" as a card pointing to another page). Its
/// words are a title, not a statement: classified as a sentence, the table-of-contents entry
/// "Retention of Your Information" was flagged as keeping data with no end.
/// </summary>
internal static class NavigationLink
{
    public static bool Matches(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inlines && OnlyLinks(inlines) is true;

    /// <summary>True when the inlines hold a link and nothing else but spaces, numbering or emphasis around it; null when they hold nothing.</summary>
    private static bool? OnlyLinks(ContainerInline container)
    {
        bool? sawLink = null;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: false } or AutolinkInline:
                    sawLink = true;
                    break;
                case LinkInline { IsImage: true } or LineBreakInline:
                    break;
                case LiteralInline literal when NavigationText.IsDecoration(literal.Content.AsSpan()):
                    break;
                case EmphasisInline emphasis:
                    sawLink = NavigationText.Merge(sawLink, OnlyLinks(emphasis));
                    if (sawLink == false)
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return sawLink;
    }
}
