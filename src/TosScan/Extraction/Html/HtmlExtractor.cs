using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TosScan.Extraction.Text;

namespace TosScan.Extraction.Html;

/// <summary>
/// HTML to text: decode, drop code and hidden elements, apply the remove rules, choose the content
/// (select rules, else the main element), drop page furniture inside it, and walk it into blocks.
/// </summary>
internal sealed class HtmlExtractor : IFormatExtractor
{
    public ExtractedText Extract(RawContent content, ExtractionRules rules, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content, isHtml: true);
        var notes = new List<string>(decoded.Notes);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        cancellationToken.ThrowIfCancellationRequested();

        var title = TitleOf(document);
        HtmlRules.ApplyRemove(document, rules.Remove, content.SourceName);
        HtmlNoiseFilter.RemoveInvisible(document);

        IReadOnlyList<IElement> roots = [];
        if (rules.Select.Count > 0)
        {
            roots = ContentRoots.Selected(document, rules.Select, content.SourceName);
            if (roots.Count == 0)
            {
                notes.Add($"the select rules ({string.Join(", ", rules.Select)}) matched nothing; the page layout may have changed, so the main content was used instead; update the declaration");
            }
        }

        if (roots.Count == 0)
        {
            roots = [ContentRoots.Main(document)];
        }

        var output = new TextAssembler();
        var walker = new HtmlBlockWalker(output);
        foreach (var root in roots)
        {
            HtmlNoiseFilter.RemoveFurniture(root);
            walker.Walk(root);
            walker.Finish();
        }

        return output.Build(title, notes);
    }

    private static string? TitleOf(IDocument document)
    {
        var title = document.Title;
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }

        return document.QuerySelector("h1")?.TextContent;
    }
}
