using System.Text;

namespace TosScan.Crawling.Safety;

/// <summary>
/// Recognises anti-bot interstitials (Cloudflare "Just a moment...", "Attention Required",
/// "verify you are human", captcha walls). Such a page is recorded as blocked and never stored
/// as a version of the policy. Only short pages count as captcha walls: real privacy policies
/// mention reCAPTCHA in their text.
/// </summary>
internal static class BotChallengeDetector
{
    private static readonly (string Marker, string Label)[] StrongMarkers =
    [
        ("<title>just a moment...</title>", "Cloudflare \"Just a moment...\""),
        ("<title>just a moment</title>", "Cloudflare \"Just a moment\""),
        ("attention required! | cloudflare", "Cloudflare \"Attention Required\""),
        ("cf-browser-verification", "Cloudflare browser verification"),
        ("cf_chl_opt", "Cloudflare challenge"),
        ("/cdn-cgi/challenge-platform/", "Cloudflare challenge platform"),
        ("checking your browser before accessing", "\"checking your browser\""),
        ("verify you are human", "\"verify you are human\""),
        ("verifying you are human", "\"verifying you are human\""),
        ("please verify you are a human", "\"verify you are a human\""),
        ("press &amp; hold to confirm you are", "\"press and hold\" challenge"),
        ("ddos protection by", "DDoS protection interstitial"),
    ];

    private static readonly string[] CaptchaMarkers = ["captcha", "g-recaptcha", "h-captcha", "cf-turnstile"];

    /// <summary>Null when the page is not a challenge; otherwise a short reason.</summary>
    public static string? Detect(ReadOnlySpan<byte> body, string? mediaType, IReadOnlyList<KeyValuePair<string, string>> headers, int visibleTextChars)
    {
        foreach (var (name, value) in headers)
        {
            if (name.Equals("cf-mitigated", StringComparison.OrdinalIgnoreCase) && value.Contains("challenge", StringComparison.OrdinalIgnoreCase))
            {
                return "bot challenge page (Cloudflare cf-mitigated: challenge)";
            }
        }

        if (mediaType is not null && !mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Interstitials are small; look only at the start of big pages.
        var head = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 64 * 1024)]).ToLowerInvariant();
        foreach (var (marker, label) in StrongMarkers)
        {
            if (head.Contains(marker, StringComparison.Ordinal) && visibleTextChars < 2000)
            {
                return $"bot challenge page ({label})";
            }
        }

        if (visibleTextChars < 600)
        {
            foreach (var marker in CaptchaMarkers)
            {
                if (head.Contains(marker, StringComparison.Ordinal))
                {
                    return $"bot challenge page (captcha: \"{marker}\")";
                }
            }
        }

        return null;
    }
}
