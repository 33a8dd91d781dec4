namespace TosScan.Readability;

/// <summary>
/// Recognises a whitespace-delimited token that is a web address, an e-mail address or a bare
/// domain ("https://x.com/a", "www.x.com", "help@x.com", "youtube.com/t/terms"): text a reader skips
/// rather than reads. Abbreviations such as "e.g." or "U.S." are not addresses (they end in a dot).
/// </summary>
internal static class AddressToken
{
    public static bool IsAddress(ReadOnlySpan<char> token)
    {
        // Quotes and brackets around a link are not part of it.
        token = token.Trim("\"'()[]<>{},;:!?*");
        if (token.Length < 4)
        {
            return false;
        }

        if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = token.IndexOf('@');
        if (at > 0 && token[(at + 1)..].Contains('.'))
        {
            return true;
        }

        // A bare domain, perhaps with a path and a sentence's full stop: the part before any "/" ends
        // in "." and two or more lower-case letters ("youtube.com", "Facebook.com/policy").
        var trimmed = token.TrimEnd('.');
        var slash = trimmed.IndexOf('/');
        var host = slash > 0 ? trimmed[..slash] : trimmed;
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || host.Length - dot - 1 < 2)
        {
            return false;
        }

        foreach (var c in host[(dot + 1)..])
        {
            // "policy.The" (a missing space) is not a domain: top-level domains are written in lower case.
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
