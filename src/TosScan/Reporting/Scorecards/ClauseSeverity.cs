using System.Text.RegularExpressions;
using TosScan.Classification;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// How strong a risky clause is, from 0.5 (the practice in its plainest form) to 1 (its worst form),
/// read from the clause's own words. grade-rule v2 multiplies a flag's certainty by it, so an
/// irrevocable, sublicensable licence weighs more than a plain hosting licence, and "kept forever"
/// more than "kept in backups for a while". The cues follow LABELS.md's own lists of what makes
/// each practice risky.
/// </summary>
internal static partial class ClauseSeverity
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The weight of the plainest form of a risk.</summary>
    public const double Base = 0.5;

    /// <summary>Strength of a risk flag, and the cues that set it (for the grade's explanation).</summary>
    public static (double Strength, string Cues) Of(string label, string text, string? consent)
    {
        ArgumentNullException.ThrowIfNull(text);
        return label switch
        {
            ClauseLabels.ContentOwnership => Ownership(text),
            ClauseLabels.IndefiniteRetention => Retention(text),
            ClauseLabels.ThirdPartyMarketing => Marketing(text, consent),
            _ => (1.0, string.Empty),
        };
    }

    private static (double, string) Ownership(string text)
    {
        // Taking ownership outright is the practice at its worst.
        if (OwnershipClaim().IsMatch(text))
        {
            return (1.0, "ownership or assignment");
        }

        var strength = Base;
        var cues = new List<string>();
        if (Lasting().IsMatch(text))
        {
            strength += 0.25;
            cues.Add("perpetual, irrevocable or surviving deletion");
        }

        if (Reuse().IsMatch(text))
        {
            strength += 0.25;
            cues.Add("sublicensable, transferable, commercial or advertising use, or moral rights waived");
        }

        return (strength, cues.Count == 0 ? "licence beyond running the service" : string.Join("; ", cues));
    }

    private static (double, string) Retention(string text)
    {
        if (NoEnd().IsMatch(text))
        {
            return (1.0, "indefinitely, permanently or at the provider's discretion");
        }

        return LeftOver().IsMatch(text)
            ? (0.75, "copies left in backups, caches or archives, or after deletion")
            : (Base, "kept with no period named");
    }

    private static (double, string) Marketing(string text, string? consent)
    {
        var (strength, cue) = Sale().IsMatch(text)
            ? (1.0, "sold or rented, or given to data brokers")
            : Advertisers().IsMatch(text)
                ? (0.75, "shared with advertisers or marketers")
                : (Base, "shared for marketing");

        // Asking first halves the harm; an opt-out still shares by default, so it takes off little.
        return consent switch
        {
            ClauseLabels.OptIn => (strength * 0.5, cue + "; opt-in consent"),
            ClauseLabels.OptOut => (strength * 0.85, cue + "; opt-out"),
            _ => (strength, cue),
        };
    }

    [GeneratedRegex(@"\b(?:we|company|it)\s+(?:will\s+)?owns?\b|\bassign(?:s|ment)?\s+(?:to\s+us\s+)?(?:all|any|every)\b|\ball\s+right,\s+title\s+and\s+interest\b|\b(?:becomes?|shall\s+become)\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?property\s+of\b", Options)]
    private static partial Regex OwnershipClaim();

    [GeneratedRegex(@"\b(?:perpetual\w*|irrevocabl\w*|in\s+perpetuity|surviv\w+|after\s+(?:you\s+)?(?:delete|close|remove|terminat)\w*|even\s+(?:if|after|when)\s+you\s+(?:delete|close|remove|stop))", Options)]
    private static partial Regex Lasting();

    [GeneratedRegex(@"\b(?:sub-?licens\w+|transferr?able|commercial\w*|advertis\w+|promot\w+|sponsor\w*|sell|monetis\w+|monetiz\w+|moral\s+rights)", Options)]
    private static partial Regex Reuse();

    [GeneratedRegex(@"\b(?:indefinite\w*|permanent\w*|forever|for\s+ever|in\s+perpetuity|no\s+(?:time\s+)?limit|without\s+(?:any\s+)?limit|see\s+fit|(?:sole|absolute|own)\s+discretion|deems?|desirable|commercially\s+(?:useful|valuable)|business\s+(?:purposes|interests|needs)|until\s+we\s+decide|as\s+long\s+as\s+we\s+(?:wish|want|like|choose|need))\b", Options)]
    private static partial Regex NoEnd();

    [GeneratedRegex(@"\b(?:backups?|back-up\w*|cach\w+|archiv\w+|after\s+(?:you\s+)?(?:delete|close|remove)\w*|even\s+(?:if|after|when)|remain\w*|persist\w*|continue\s+to\s+exist)", Options)]
    private static partial Regex LeftOver();

    [GeneratedRegex(@"\b(?:sell|sells|selling|sold|sale\s+of|rent|rents|renting|data\s+brokers?|in\s+exchange\s+for)\b", Options)]
    private static partial Regex Sale();

    [GeneratedRegex(@"\b(?:advertis\w+|marketers?|marketing\s+partners?|ad\s+(?:networks?|partners?)|sponsors?)\b", Options)]
    private static partial Regex Advertisers();
}
