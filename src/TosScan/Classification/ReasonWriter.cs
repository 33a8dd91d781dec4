namespace TosScan.Classification;

/// <summary>
/// Writes the one-line reason of a finding from what triggered it: the glosses of the linguistic
/// rules that pushed the score up, else the strongest corpus wording found.
/// </summary>
internal static class ReasonWriter
{
    public static string Write(string label, IReadOnlyList<string> ruleGlosses, string? topWording, string? consent)
    {
        var lead = label switch
        {
            ClauseLabels.ContentOwnership => "Gives the provider rights over user content beyond running the service",
            ClauseLabels.IndefiniteRetention => "Lets the provider keep data with no end date",
            ClauseLabels.ThirdPartyMarketing => "Shares or opens user data to others for marketing or advertising",
            ClauseLabels.ProtectsOwnership => "Confirms users keep ownership of, or control over, their content",
            ClauseLabels.BoundedRetention => "Sets a limit on how long data is kept",
            ClauseLabels.NoMarketingSharing => "Says user data is not sold or shared for marketing",
            _ => label,
        };

        var because = ruleGlosses.Count > 0
            ? ": " + string.Join(", ", ruleGlosses.Distinct(StringComparer.Ordinal).Take(3))
            : topWording is not null ? $": wording like \"{topWording}\"" : string.Empty;
        var consentNote = consent switch
        {
            ClauseLabels.OptIn => " (only with the user's consent)",
            ClauseLabels.OptOut => " (the user can opt out)",
            ClauseLabels.NoConsent => " (no consent or choice named)",
            _ => string.Empty,
        };
        return lead + because + consentNote + ".";
    }
}
