namespace TosScan.Crawling.Robots;

/// <summary>One allow or disallow line: a path pattern with <c>*</c> (any characters) and a trailing <c>$</c> (end of URL).</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>RFC 9309 §2.2.2: the most specific (longest) matching pattern wins.</summary>
    public int Specificity => Pattern.Length;

    public bool Matches(string path) => Match(Pattern, 0, path, 0);

    // Iterative wildcard match with backtracking on the last '*'; patterns are short.
    private static bool Match(string pattern, int p, string path, int s)
    {
        int starP = -1, starS = -1;
        while (true)
        {
            if (p < pattern.Length && pattern[p] == '$' && p == pattern.Length - 1)
            {
                if (s == path.Length)
                {
                    return true;
                }
            }
            else if (p == pattern.Length)
            {
                return true; // a pattern matches a prefix of the path
            }
            else if (pattern[p] == '*')
            {
                starP = p++;
                starS = s;
                continue;
            }
            else if (s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
                continue;
            }

            if (starP < 0 || starS >= path.Length)
            {
                return false;
            }

            p = starP + 1;
            s = ++starS;
        }
    }
}
