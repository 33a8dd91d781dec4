using System.Globalization;
using System.Text;
using TosScan.Documents;

namespace TosScan.Review.Agreement;

/// <summary><c>tosscan review --agreement</c>: the agreement table and the disagreements, as plain text.</summary>
internal static class AgreementText
{
    public static string Kappa(double? kappa) =>
        kappa is { } k ? k.ToString("0.00", CultureInfo.InvariantCulture) : "n/a (one outcome only)";

    public static string Write(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.FlagsJudged} flags have a decision; {report.FlagsJudgedByTwo} were judged by two or more reviewers, {report.Disagreements.Count} of them differently.\n");
        if (report.Pairs.Count == 0)
        {
            text.Append("No flag was judged by two reviewers yet: agreement needs a second reviewer on the same flags (tosscan review --reviewer NAME).\n");
            return text.ToString();
        }

        text.Append('\n').Append(CultureInfo.InvariantCulture, $"{"label",-24}{"reviewers",-30}{"flags",7}{"agreed",8}{"agreement",11}{"kappa",8}\n");
        foreach (var pair in report.Pairs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{pair.Label,-24}{pair.ReviewerA + " / " + pair.ReviewerB,-30}{pair.Flags,7}{pair.Agreed,8}{pair.Observed,11:0.0%}{(pair.Kappa is { } k ? k.ToString("0.00", CultureInfo.InvariantCulture) : "n/a"),8}\n");
        }

        if (report.Disagreements.Count > 0)
        {
            text.Append("\nDisagreements (the grade uses the newest decision):\n");
            foreach (var flag in report.Disagreements)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {flag.Provider} {flag.Type.ToWireName()} {flag.Label} [{flag.ClauseKey[..12]}]: {flag.Describe()}; grade uses {flag.Newest.Reviewer}'s\n")
                    .Append(CultureInfo.InvariantCulture, $"  \"{ReviewText.Shorten(flag.Newest.ClauseText)}\"\n");
            }
        }

        text.Append("\nKappa is Cohen's: (observed - chance agreement) / (1 - chance), outcomes kept / rejected / relabelled to X; n/a when both reviewers gave every flag the same one outcome.\n");
        return text.ToString();
    }
}
