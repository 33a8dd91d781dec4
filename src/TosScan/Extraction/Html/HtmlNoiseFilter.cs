using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TosScan.Extraction.Html;

/// <summary>
/// Removes what is not part of the document's words: code and invisible elements everywhere, and
/// page furniture (navigation, site header and footer, asides, forms, cookie banners) inside the
/// content roots.
/// </summary>
internal static partial class HtmlNoiseFilter
{
    private const string InvisibleSelector =
        "script, style, noscript, template, svg, iframe, object, embed, canvas, link, meta, "
        + "[hidden], [aria-hidden='true'], [style]";

    private const string FurnitureSelector =
        "nav, aside, button, input, select, textarea, dialog, form, header, footer, "
        + "[role='navigation'], [role='banner'], [role='contentinfo'], [role='dialog'], [role='alertdialog'], [id], [class]";

    /// <summary>Removes scripts, styles and hidden elements from the whole document.</summary>
    public static void RemoveInvisible(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(InvisibleSelector).ToArray())
        {
            if (IsInvisible(element))
            {
                element.Remove();
            }
        }
    }

    /// <summary>Removes page furniture below <paramref name="root"/>.</summary>
    public static void RemoveFurniture(IElement root)
    {
        var rootLength = HtmlText.VisibleLength(root);
        foreach (var element in root.QuerySelectorAll(FurnitureSelector).ToArray())
        {
            if (element.Parent is null || !root.Contains(element))
            {
                continue; // already removed with an ancestor
            }

            if (IsFurniture(element, rootLength))
            {
                element.Remove();
            }
        }
    }

    private static bool IsFurniture(IElement element, int rootLength)
    {
        switch (element.LocalName)
        {
            case "nav" or "aside" or "button" or "input" or "select" or "textarea" or "dialog":
                return true;
            case "header" or "footer":
                // A header inside the article holds its title; only the site's header goes.
                return element.Closest("main, article, [role='main']") is null;
            case "form":
                // Some sites (ASP.NET WebForms) wrap the whole page in a form: keep forms with headings.
                return element.QuerySelector("h1, h2, h3, h4, h5, h6") is null;
            default:
                break;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "dialog" or "alertdialog")
        {
            return true;
        }

        // Cookie and consent banners are named, not marked up. The size guard stops a wrapper such
        // as <div class="page has-cookie-banner"> from taking the whole document with it.
        var names = $"{element.Id} {element.ClassName}";
        return BannerName().IsMatch(names) && HtmlText.VisibleLength(element) * 2 < rootLength;
    }

    private static bool IsInvisible(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "object"
            or "embed" or "canvas" or "link" or "meta"
        || element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || HiddenStyle().IsMatch(element.GetAttribute("style") ?? string.Empty);

    [GeneratedRegex(@"cookie|consent|gdpr|banner", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BannerName();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
