using System.Text;
using TosScan.Crawling;
using TosScan.Documents;
using TosScan.Storage;

namespace TosScan.Tests.Storage;

internal static class StoreTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Snapshot Snapshot(string content, DateTimeOffset at)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new Snapshot(Hashing.Sha256Hex(bytes), "text/html", bytes, at);
    }

    public static FetchRecord Fetch(string provider, string status, DateTimeOffset at, string? sha = null, int? http = 200) =>
        new(provider, DocumentType.TermsOfService, $"https://{provider}.example/terms", sha is null ? null : $"https://www.{provider}.example/terms",
            status, http, status == "found" ? null : "test reason", at, sha, sha is null ? null : """{"content-type":"text/html"}""", "explicit");

    public static ReviewDecision Decision(string provider, string clause, string label, string decision, DateTimeOffset at) =>
        new(provider, DocumentType.TermsOfService, ClauseKeys.For(clause), clause, label, decision, null, "reviewer-1", null, at);
}
