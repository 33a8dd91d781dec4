using System.Text;
using TosScan.Documents;

namespace TosScan.Storage;

/// <summary>
/// The one place that turns a clause's text into the key review decisions are stored under.
/// Offsets and version ids change on every re-scan; the words of a clause mostly do not, so a
/// decision keyed by the normalised text still applies after the provider edits other parts of
/// the document or the page layout moves the clause.
/// </summary>
public static class ClauseKeys
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Normalize"/>(<paramref name="text"/>).</summary>
    public static string Of(string text) => Hashing.Sha256Hex(Normalize(text));

    /// <summary>
    /// Collapses every run of white space (including non-breaking spaces and line breaks) to one
    /// space, trims both ends and lower-cases with the invariant culture, so the same words give
    /// the same key whatever the extractor did with line breaks or capitals.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
