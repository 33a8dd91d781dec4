using System.Globalization;
using System.Text.Json;

namespace TosScan.Cluster.Membership;

/// <summary>
/// A membership entry as JSON for our own table: every field Orleans keeps about a silo except
/// its last "I am alive" time, which has a column of its own so that a heartbeat never overwrites
/// a status change written at the same moment.
/// </summary>
internal sealed record MembershipRow(
    string Address,
    int Status,
    int ProxyPort,
    string? HostName,
    string? SiloName,
    string? RoleName,
    int UpdateZone,
    int FaultZone,
    DateTime StartTime,
    IReadOnlyList<SuspectRow> Suspects)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new MembershipRow(
            entry.SiloAddress.ToParsableString(),
            (int)entry.Status,
            entry.ProxyPort,
            entry.HostName,
            entry.SiloName,
            entry.RoleName,
            entry.UpdateZone,
            entry.FaultZone,
            entry.StartTime,
            [.. (entry.SuspectTimes ?? []).Select(s => new SuspectRow(s.Item1.ToParsableString(), s.Item2))]);
        return JsonSerializer.Serialize(row, Json);
    }

    public static MembershipEntry Read(string json, DateTime iAmAlive)
    {
        var row = JsonSerializer.Deserialize<MembershipRow>(json, Json) ?? throw new InvalidDataException("empty membership row");
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(row.Address),
            Status = (SiloStatus)row.Status,
            ProxyPort = row.ProxyPort,
            HostName = row.HostName ?? string.Empty,
            SiloName = row.SiloName ?? string.Empty,
            RoleName = row.RoleName,
            UpdateZone = row.UpdateZone,
            FaultZone = row.FaultZone,
            StartTime = row.StartTime,
            IAmAliveTime = iAmAlive,
            SuspectTimes = [.. row.Suspects.Select(s => Tuple.Create(SiloAddress.FromParsableString(s.Address), s.At))],
        };
    }

    public static string Time(DateTime value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTime ParseTime(string value) => DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

internal sealed record SuspectRow(string Address, DateTime At);
