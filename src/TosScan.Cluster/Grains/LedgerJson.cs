using System.Text.Json;
using TosScan.Cluster.Contracts;

namespace TosScan.Cluster.Grains;

/// <summary>The JSON the ledger keeps: a scan's submission and a provider's rows.</summary>
internal static class LedgerJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(ScanSubmission submission) => JsonSerializer.Serialize(submission, Options);

    public static ScanSubmission ReadSubmission(string json) =>
        JsonSerializer.Deserialize<ScanSubmission>(json, Options) ?? throw new InvalidDataException("the ledger holds an empty scan submission");

    public static string Write(IReadOnlyList<StatusRow> rows) => JsonSerializer.Serialize(rows, Options);

    public static IReadOnlyList<StatusRow> ReadRows(string json) =>
        JsonSerializer.Deserialize<List<StatusRow>>(json, Options) ?? [];

    /// <summary>A provider grain's key: the scan id and the provider's index in the list.</summary>
    public static string ProviderKey(string scanId, int index) => $"{scanId}/{index}";

    public static (string ScanId, int Index) ParseProviderKey(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], int.Parse(key.AsSpan(slash + 1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
