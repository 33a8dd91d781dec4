using System.Text;
using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// The key review decisions are filed under: SHA-256 of the clause text with whitespace runs
/// collapsed to one space, trimmed, and lower-cased (invariant). Re-flowed or re-indented text keeps its key.
/// </summary>
public static class ClauseKeys
{
    public static string For(string clauseText)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        return Hashing.Sha256Hex(Normalise(clauseText));
    }

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }
}
