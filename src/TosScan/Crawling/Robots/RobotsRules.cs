namespace TosScan.Crawling.Robots;

/// <summary>
/// The robots.txt rules that apply to our user agent on one origin.
/// </summary>
internal sealed class RobotsRules
{
    private readonly IReadOnlyList<RobotsRule> _rules;

    public RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    public static RobotsRules AllowAll { get; } = new([], null, []);

    /// <summary>Per RFC 9309 §2.3.1.4, an unreachable robots.txt means the whole site is disallowed.</summary>
    public static RobotsRules DisallowAll { get; } = new([new RobotsRule(false, "/")], null, []);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs listed in the file (for every agent).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public IReadOnlyList<RobotsRule> Rules => _rules;

    /// <summary>Whether a URL path (with query) may be fetched: longest match wins, allow wins ties.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt")
        {
            return true;
        }

        var path = RobotsPath.Normalize(pathAndQuery);
        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }

            if (best is null || rule.Specificity > best.Specificity || (rule.Specificity == best.Specificity && rule.Allow && !best.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
