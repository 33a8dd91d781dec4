using System.Globalization;

namespace TosScan.Reporting.Scorecards;

/// <summary>
/// Beside a grade: how many of its flags a person checked and, where two reviewers judged the same
/// flag, how often they agreed. A flag two reviewers judged differently is a conflict; it is
/// counted here and named in the grade's steps, and the grade uses the newest decision.
/// </summary>
/// <param name="Flags">Flags (machine or reviewer-added labels) on the graded documents.</param>
/// <param name="Checked">Of those, the flags a reviewer decided on.</param>
/// <param name="CheckedByTwo">The flags two or more reviewers decided on.</param>
/// <param name="Agreed">Of those, the flags every reviewer left the same way (kept, rejected, relabelled to the same label).</param>
public sealed record ReviewCoverage(int Flags, int Checked, int CheckedByTwo, int Agreed)
{
    /// <summary>Flags two reviewers judged differently.</summary>
    public int Conflicts => CheckedByTwo - Agreed;

    /// <summary>"12 of 30 flags checked by a person; 4 by two reviewers, who agreed on 3 (75%), 1 conflict (newest decision used)".</summary>
    public string Describe()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Checked} of {Flags} flag{(Flags == 1 ? "" : "s")} checked by a person");
        if (CheckedByTwo == 0)
        {
            return Checked == 0 ? text : text + "; none by two reviewers";
        }

        text += string.Create(CultureInfo.InvariantCulture, $"; {CheckedByTwo} by two reviewers, who agreed on {Agreed} ({(double)Agreed / CheckedByTwo:0%})");
        return Conflicts == 0
            ? text
            : text + string.Create(CultureInfo.InvariantCulture, $", {Conflicts} conflict{(Conflicts == 1 ? "" : "s")} (newest decision used)");
    }
}
