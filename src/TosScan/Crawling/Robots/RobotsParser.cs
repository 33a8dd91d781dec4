using System.Globalization;

namespace TosScan.Crawling.Robots;

/// <summary>
/// A small RFC 9309 robots.txt parser. Groups start with one or more <c>user-agent</c> lines and
/// hold <c>allow</c>/<c>disallow</c> rules (plus the common <c>crawl-delay</c> extension). The
/// groups naming our product token are merged; when none does, the <c>*</c> groups apply; when
/// neither exists, everything is allowed. Unknown lines are ignored, as the RFC asks.
/// </summary>
internal static class RobotsParser
{
    /// <summary>RFC 9309 §2.5: parse at least 500 KiB; we stop there.</summary>
    public const int MaxBytes = 500 * 1024;

    public static RobotsRules Parse(string content, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(content);
        var token = ProductToken(userAgent);
        var specific = new GroupAccumulator();
        var wildcard = new GroupAccumulator();
        var sitemaps = new List<string>();

        var agents = new List<string>();
        var inRules = false; // a user-agent line after rules starts a new group

        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules)
                    {
                        agents.Clear();
                        inRules = false;
                    }

                    agents.Add(value);
                    break;
                case "allow" or "disallow" or "crawl-delay":
                    inRules = true;
                    if (agents.Count == 0)
                    {
                        break; // rules before any user-agent line belong to no group
                    }

                    var matchesUs = agents.Exists(a => ProductToken(a).Equals(token, StringComparison.OrdinalIgnoreCase));
                    var matchesAll = agents.Exists(a => a == "*");
                    if (matchesUs)
                    {
                        specific.Add(key, value);
                    }

                    if (matchesAll)
                    {
                        wildcard.Add(key, value);
                    }

                    break;
                case "sitemap":
                    if (value.Length > 0)
                    {
                        sitemaps.Add(value);
                    }

                    break;
                default:
                    break;
            }
        }

        var chosen = specific.Seen ? specific : wildcard;
        return new RobotsRules(chosen.Rules, chosen.CrawlDelay, sitemaps);
    }

    /// <summary>The product token of a user agent: <c>TosScanBot/0.1 (+url)</c> -> <c>TosScanBot</c>.</summary>
    internal static string ProductToken(string userAgent)
    {
        var end = userAgent.AsSpan().IndexOfAny('/', ' ');
        return (end < 0 ? userAgent : userAgent[..end]).Trim();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private sealed class GroupAccumulator
    {
        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? CrawlDelay { get; private set; }

        public bool Seen { get; private set; }

        public void Add(string key, string value)
        {
            Seen = true;
            if (key == "crawl-delay")
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds))
                {
                    var delay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    CrawlDelay = CrawlDelay is { } existing && existing > delay ? existing : delay;
                }

                return;
            }

            // An empty disallow allows everything: it is simply no rule.
            if (value.Length == 0)
            {
                return;
            }

            Rules.Add(new RobotsRule(key == "allow", RobotsPath.Normalize(value)));
        }
    }
}
