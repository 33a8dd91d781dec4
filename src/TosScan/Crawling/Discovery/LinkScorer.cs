using TosScan.Documents;

namespace TosScan.Crawling.Discovery;

/// <summary>
/// Scores how likely a link leads to a document type, from its text and URL. Text phrases weigh
/// most, URL tokens less, a footer or navigation position adds a little; cookie policies and
/// links to the other document type count against.
/// </summary>
internal static class LinkScorer
{
    /// <summary>Scores below this are not taken as the document.</summary>
    public const int Threshold = 5;

    public static int Score(LinkCandidate link, DocumentType type, Uri? home)
    {
        var text = link.Text.ToLowerInvariant();
        var url = Uri.UnescapeDataString(link.Url.AbsolutePath).ToLowerInvariant();
        var score = TextScore(text, type) + UrlScore(url, type);
        if (score == 0)
        {
            return 0;
        }

        if (link.InFooterOrNav)
        {
            score += 2;
        }

        var other = type == DocumentType.PrivacyPolicy ? DocumentType.TermsOfService : DocumentType.PrivacyPolicy;
        if (ContainsAny(text, LinkKeywords.StrongText(other)))
        {
            score -= 4; // "Privacy and Terms" hubs still score, but a clean match wins
        }

        if (text.Contains("cookie", StringComparison.Ordinal) || url.Contains("cookie", StringComparison.Ordinal))
        {
            score -= 6;
        }

        if (home is not null && link.Url.Scheme != Uri.UriSchemeFile && !SameSite(link.Url, home))
        {
            score -= 2;
        }

        return score;
    }

    /// <summary>Score of a URL alone (sitemaps have no link text).</summary>
    public static int UrlOnlyScore(Uri url, DocumentType type)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).ToLowerInvariant();
        var score = UrlScore(path, type) * 2;
        return path.Contains("cookie", StringComparison.Ordinal) ? score - 6 : score;
    }

    /// <summary>True when the link's text names the document outright ("Privacy Policy", "Nutzungsbedingungen"), not just a topic.</summary>
    public static bool NamesDocument(LinkCandidate link, DocumentType type)
    {
        var text = link.Text.ToLowerInvariant();
        return text.Length <= 120 && ContainsAny(text, LinkKeywords.StrongText(type));
    }

    /// <summary>True for a link to a legal hub page ("Legal", "Mentions légales", "Policies") that names no document itself.</summary>
    public static bool IsHub(LinkCandidate link)
    {
        var text = link.Text.ToLowerInvariant().Trim();
        return text.Length is > 0 and <= 40
            && ContainsAny(text, LinkKeywords.HubText)
            && !NamesDocument(link, DocumentType.TermsOfService)
            && !NamesDocument(link, DocumentType.PrivacyPolicy);
    }

    /// <summary>True when a page's text names the document type (used to reject soft 404s at well-known paths).</summary>
    public static bool Mentions(string text, DocumentType type)
    {
        var lower = text.ToLowerInvariant();
        return ContainsAny(lower, LinkKeywords.StrongText(type)) || ContainsAny(lower, LinkKeywords.WeakText(type));
    }

    private static int TextScore(string text, DocumentType type)
    {
        if (text.Length == 0 || text.Length > 120)
        {
            return 0; // long texts are paragraphs that happen to contain a link, not the link's name
        }

        if (ContainsAny(text, LinkKeywords.StrongText(type)))
        {
            return 10;
        }

        return ContainsWord(text, LinkKeywords.WeakText(type)) ? 5 : 0;
    }

    private static int UrlScore(string path, DocumentType type)
    {
        var score = 0;
        foreach (var token in LinkKeywords.UrlTokens(type))
        {
            if (path.Contains(token, StringComparison.Ordinal))
            {
                score = 3;
                break;
            }
        }

        if (score == 0)
        {
            return 0;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length == 0 ? string.Empty : Path.GetFileNameWithoutExtension(segments[^1]);
        if (LinkKeywords.ExactSegments(type).Contains(last))
        {
            score += 1; // the page is the document, not something about it
        }

        if (segments.Any(s => LinkKeywords.ArticleSegments.Contains(s)))
        {
            score -= 2;
        }

        return score;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (ContainsWordAt(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string text, IReadOnlyList<string> words) => ContainsAny(text, words);

    // Whole-word match so "tos" does not hit "photos" and "legal" does not hit "illegal".
    private static bool ContainsWordAt(string text, string phrase)
    {
        for (var start = text.IndexOf(phrase, StringComparison.Ordinal); start >= 0; start = text.IndexOf(phrase, start + 1, StringComparison.Ordinal))
        {
            var end = start + phrase.Length;
            var leftOk = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            var rightOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (leftOk && rightOk)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameSite(Uri a, Uri b)
    {
        static string Site(Uri u)
        {
            if (u.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            {
                return u.IdnHost;
            }

            var parts = u.IdnHost.Split('.');
            return parts.Length <= 2 ? u.IdnHost : string.Join('.', parts[^2..]);
        }

        return string.Equals(Site(a), Site(b), StringComparison.OrdinalIgnoreCase);
    }
}
