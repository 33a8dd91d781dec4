using System.Text;

namespace TosScan.Storage.Postgres;

/// <summary>
/// PostgreSQL text cannot hold U+0000 (SQLite can), and Npgsql refuses a lone UTF-16 surrogate
/// (SQLite stores U+FFFD for it). Crawled text may carry either, and a page must not fail to store
/// on PostgreSQL when it stores on SQLite, so strings are made storable here.
/// </summary>
internal static class PostgresText
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// For a column that must come back exactly (a document's text, a reviewed clause): the
    /// storable text, and, only when the value holds U+0000, its UTF-8 bytes for a companion
    /// <c>bytea</c> column that wins on reading.
    /// </summary>
    public static (string Text, byte[]? Exact) Split(string value)
    {
        var clean = Storable(value);
        return clean.Contains('\0', StringComparison.Ordinal)
            ? (clean.Replace('\0', Replacement), Encoding.UTF8.GetBytes(clean))
            : (clean, null);
    }

    public static string Join(string text, byte[]? exact) => exact is null ? text : Encoding.UTF8.GetString(exact);

    /// <summary>For any other column: lone surrogates and U+0000 become U+FFFD, as close as text gets.</summary>
    public static string? Plain(string? value) => value is null ? null : Storable(value).Replace('\0', Replacement);

    /// <summary>Lone surrogates become U+FFFD, as UTF-8 encoding (and so SQLite) turns them.</summary>
    private static string Storable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
            }
        }

        return value;
    }
}
