using System.Globalization;
using Npgsql;

namespace TosScan.Cluster.Membership;

/// <summary>
/// Orleans reminders in PostgreSQL, in our own table keyed by service, grain and reminder name,
/// with the grain's uniform hash so each silo reads the reminders of its own hash range. Writes
/// bump an etag; a removal names the etag it read, so a newer registration is never removed.
/// </summary>
internal sealed class PostgresReminderTable(NpgsqlDataSource database, string serviceId) : IReminderTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS tosscan_orleans_reminders (service_id TEXT NOT NULL, grain_id TEXT NOT NULL, name TEXT NOT NULL, grain_hash BIGINT NOT NULL, start_at TEXT NOT NULL, period_ms BIGINT NOT NULL, etag INTEGER NOT NULL, PRIMARY KEY (service_id, grain_id, name));
        """;

    private const string Columns = "grain_id, name, start_at, period_ms, etag";

    public Task Init() => ClusterSchema.CreateAsync(database, Schema);

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        QueryAsync($"SELECT {Columns} FROM tosscan_orleans_reminders WHERE service_id = $1 AND grain_id = $2", grainId.ToString());

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        begin < end
            ? QueryAsync($"SELECT {Columns} FROM tosscan_orleans_reminders WHERE service_id = $1 AND grain_hash > $2 AND grain_hash <= $3", (long)begin, (long)end)
            : QueryAsync($"SELECT {Columns} FROM tosscan_orleans_reminders WHERE service_id = $1 AND (grain_hash > $2 OR grain_hash <= $3)", (long)begin, (long)end);

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var data = await QueryAsync($"SELECT {Columns} FROM tosscan_orleans_reminders WHERE service_id = $1 AND grain_id = $2 AND name = $3", grainId.ToString(), reminderName).ConfigureAwait(false);
        return data.Reminders.FirstOrDefault();
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = database.CreateCommand("""
            INSERT INTO tosscan_orleans_reminders (service_id, grain_id, name, grain_hash, start_at, period_ms, etag) VALUES ($1, $2, $3, $4, $5, $6, 0)
            ON CONFLICT (service_id, grain_id, name) DO UPDATE SET start_at = excluded.start_at, period_ms = excluded.period_ms, etag = tosscan_orleans_reminders.etag + 1
            RETURNING etag
            """);
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = entry.GrainId.ToString() });
        command.Parameters.Add(new() { Value = entry.ReminderName });
        command.Parameters.Add(new() { Value = (long)entry.GrainId.GetUniformHashCode() });
        command.Parameters.Add(new() { Value = entry.StartAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) });
        command.Parameters.Add(new() { Value = (long)entry.Period.TotalMilliseconds });
        var etag = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return Convert.ToInt32(etag, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        await using var command = database.CreateCommand("DELETE FROM tosscan_orleans_reminders WHERE service_id = $1 AND grain_id = $2 AND name = $3 AND etag = $4");
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = grainId.ToString() });
        command.Parameters.Add(new() { Value = reminderName });
        command.Parameters.Add(new() { Value = int.Parse(eTag, CultureInfo.InvariantCulture) });
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    public async Task TestOnlyClearTable()
    {
        await using var command = database.CreateCommand("DELETE FROM tosscan_orleans_reminders WHERE service_id = $1");
        command.Parameters.Add(new() { Value = serviceId });
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<ReminderTableData> QueryAsync(string sql, params object[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        command.Parameters.Add(new() { Value = serviceId });
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new() { Value = parameter });
        }

        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Period = TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                ETag = reader.GetInt32(4).ToString(CultureInfo.InvariantCulture),
            });
        }

        return new ReminderTableData(entries);
    }
}
