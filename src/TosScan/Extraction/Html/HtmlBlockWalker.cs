using System.Text;
using AngleSharp.Dom;
using TosScan.Documents;

namespace TosScan.Extraction.Html;

/// <summary>
/// Walks cleaned DOM and emits blocks: h1-h6 become headings, li list items (level = list
/// nesting), td/th table cells, and any other block-level element closes the current block so text
/// is never glued across elements. Inline elements just flow into the current block. Elements with
/// role="heading", and paragraphs that are only a short bold title, are headings too; list items and
/// paragraphs that are only a link are navigation.
/// A walker serves one document; create a new one per extraction.
/// </summary>
internal sealed class HtmlBlockWalker(TextAssembler output)
{
    private static readonly HashSet<string> ParagraphBoundaries = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
        "dl", "dt", "dd", "figure", "figcaption", "address", "hr", "caption", "details", "summary", "center",
        "fieldset", "legend", "header", "footer", "body", "html",
    };

    private readonly StringBuilder _buffer = new();
    private BlockKind _kind = BlockKind.Paragraph;
    private int _level;
    private int _listDepth;
    private int _preDepth;

    /// <summary>Headings written as bold paragraphs nest below the last real heading.</summary>
    private int _lastHeadingLevel = 1;

    public void Walk(INode node)
    {
        switch (node)
        {
            case IText text:
                AppendText(text.Data);
                break;
            case IElement element:
                WalkElement(element);
                break;
            default:
                break;
        }
    }

    /// <summary>Emits whatever text is still pending.</summary>
    public void Finish() => Flush();

    private void WalkElement(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                LineBreak();
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _lastHeadingLevel = name[1] - '0';
                WithContext(element, BlockKind.Heading, _lastHeadingLevel);
                return;
            case "p" or "div" when _kind == BlockKind.Paragraph && HtmlPseudoHeading.Level(element, _lastHeadingLevel) is > 0 and var level:
                WithContext(element, BlockKind.Heading, level);
                return;
            case "li":
                WithContext(element, HtmlNavigationLink.Matches(element) ? BlockKind.Navigation : BlockKind.ListItem, Math.Max(1, _listDepth));
                return;
            case "p" or "div" when _kind == BlockKind.Paragraph && HtmlNavigationLink.Matches(element):
                WithContext(element, BlockKind.Navigation, 0);
                return;
            case "td" or "th":
                WithContext(element, BlockKind.TableCell, 0);
                return;
            case "ul" or "ol" or "menu":
                Flush();
                _listDepth++;
                WalkChildren(element);
                Flush();
                _listDepth--;
                return;
            case "pre":
                Flush();
                _preDepth++;
                WalkChildren(element);
                Flush();
                _preDepth--;
                return;
            default:
                break;
        }

        if (ParagraphBoundaries.Contains(name))
        {
            // A paragraph inside a list item or cell keeps the item's kind.
            Flush();
            WalkChildren(element);
            Flush();
            return;
        }

        WalkChildren(element);
    }

    private void WithContext(IElement element, BlockKind kind, int level)
    {
        Flush();
        var (savedKind, savedLevel) = (_kind, _level);
        (_kind, _level) = (kind, level);
        WalkChildren(element);
        Flush();
        (_kind, _level) = (savedKind, savedLevel);
    }

    private void WalkChildren(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            Walk(child);
        }
    }

    /// <summary>
    /// One &lt;br&gt; is a line break inside the block; two in a row are how older pages write a
    /// paragraph break, so they end the block.
    /// </summary>
    private void LineBreak()
    {
        var end = _buffer.Length;
        while (end > 0 && _buffer[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end > 0 && _buffer[end - 1] == '\n')
        {
            _buffer.Length = end - 1;
            Flush();
            return;
        }

        _buffer.Append('\n');
    }

    private void AppendText(string data)
    {
        if (_preDepth > 0)
        {
            _buffer.Append(data);
            return;
        }

        // Outside <pre>, source line breaks are just spaces.
        foreach (var c in data)
        {
            _buffer.Append(c is '\n' or '\r' ? ' ' : c);
        }
    }

    private void Flush()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        output.Add(_kind, _buffer.ToString(), _kind is BlockKind.Heading or BlockKind.ListItem or BlockKind.Navigation ? _level : 0);
        _buffer.Clear();
    }
}
