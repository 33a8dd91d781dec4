using System.Globalization;

namespace TosScan.Storage.Postgres;

/// <summary>
/// Times are kept as the SQLite store keeps them, fixed-width UTC ISO 8601 text
/// (<c>2026-01-02T03:04:05.0000000Z</c>) in <c>COLLATE "C"</c> columns, not <c>timestamptz</c>:
/// timestamptz holds microseconds, a DateTimeOffset holds 100 ns ticks, and a time that does not
/// come back as it went in would break equality and "as of" cut-offs one tick apart. The text
/// still orders correctly byte by byte, and <c>retrieved_at::timestamptz</c> reads it in psql.
/// </summary>
internal static class PostgresTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToDb(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromDb(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
}
