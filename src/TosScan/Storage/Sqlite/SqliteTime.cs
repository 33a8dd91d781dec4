using System.Globalization;

namespace TosScan.Storage.Sqlite;

/// <summary>
/// Times are stored as fixed-width UTC ISO 8601 text (<c>2026-01-02T03:04:05.0000000Z</c>):
/// readable in the sqlite3 shell, exact to the tick, and ordered correctly by plain text
/// comparison, so "as of" queries can use an index.
/// </summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToDb(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromDb(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
}
