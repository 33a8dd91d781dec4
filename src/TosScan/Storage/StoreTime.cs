using System.Globalization;

namespace TosScan.Storage;

/// <summary>
/// How both stores keep times: fixed-width UTC ISO 8601 text (<c>2026-01-02T03:04:05.0000000Z</c>).
/// It is exact to the tick (PostgreSQL's timestamptz keeps only microseconds, and a time that does
/// not come back as it went in would break equality and "as of" cut-offs one tick apart), readable
/// in sqlite3 and psql (<c>retrieved_at::timestamptz</c>), and ordered correctly by plain byte
/// comparison, so "as of" queries can use an index.
/// </summary>
internal static class StoreTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToDb(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromDb(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
}
