using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Reporting;

/// <summary>
/// Two providers in a real SQLite store: Alpha (mixed terms with reviewer decisions, a clean
/// privacy policy) and a hostile provider whose policy carries script tags, formula cells and
/// table-breaking pipes. Times are fixed, so every report written from it is byte-for-byte stable.
/// </summary>
internal sealed class ReportScenario : IAsyncDisposable
{
    public const string Alpha = "Alpha";
    public const string Hostile = "Beta & <b>Co</b>";
    public const string AlphaTerms = "https://alpha.example/terms";
    public const string HostilePrivacy = "https://beta.example/privacy?a=1&b=<2>";

    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public const string OwnershipClause = "You grant us a perpetual, irrevocable licence to use your content.";
    public const string RetentionClause = "We keep your data for as long as we see fit.";
    public const string BackupClause = "Backups are erased after 90 days.";
    public const string FormulaClause = "=HYPERLINK(\"http://evil.example\",\"click\")";

    public const string StructuredReadability = """
        {"mode":"structured","scored":true,"language":"en",
         "metrics":{"flesch_reading_ease":38.5,"flesch_kincaid_grade":12.4,"text_standard":{"grade":12,"label":"12th and 13th grade"}},
         "reading_time_minutes":0.2,
         "suitability":{"children":{"verdict":"very_difficult"},"young_people":{"verdict":"difficult"},"parents":{"verdict":"suitable"}}}
        """;

    private ReportScenario(TempFolder folder, SqliteScanStore store, FakeTimeProvider time)
    {
        Folder = folder;
        Store = store;
        Time = time;
    }

    public TempFolder Folder { get; }

    public SqliteScanStore Store { get; }

    public FakeTimeProvider Time { get; }

    public string DbPath => Store.Path;

    public static AnalysedDocumentBuilder AlphaTermsV1() =>
        new AnalysedDocumentBuilder(Alpha, DocumentType.TermsOfService, AlphaTerms, T0)
            .Paragraph("Welcome to Alpha.", OwnershipClause, "You keep ownership of what you post.")
            .Paragraph(RetentionClause, "We share your details with advertisers unless you opt out.", BackupClause)
            .Flag(0, 1, "content_ownership", FlagKind.Risk, 0.91, "perpetual, irrevocable licence")
            .Flag(0, 2, "protects_ownership", FlagKind.Protective, 0.8, "You keep ownership")
            .Flag(1, 0, "indefinite_retention", FlagKind.Risk, 0.77, "as long as we see fit")
            .Flag(1, 1, "third_party_marketing", FlagKind.Risk, 0.66, "share your details with advertisers", "opt_out")
            .Readability(StructuredReadability);

    public static AnalysedDocumentBuilder AlphaTermsV2() =>
        new AnalysedDocumentBuilder(Alpha, DocumentType.TermsOfService, AlphaTerms, T0.AddDays(10))
            .Paragraph("Welcome to Alpha.", "You keep ownership of what you post.", "We delete your data within 30 days.")
            .Flag(0, 1, "protects_ownership", FlagKind.Protective, 0.85, "You keep ownership")
            .Flag(0, 2, "bounded_retention", FlagKind.Protective, 0.9, "within 30 days")
            .Readability("""{"mode":"structured","scored":true,"flesch_kincaid_grade":6.1,"flesch_reading_ease":80.2,"suitability":[{"audience":"children","verdict":"suitable"}]}""");

    public static AnalysedDocumentBuilder AlphaPrivacy() =>
        new AnalysedDocumentBuilder(Alpha, DocumentType.PrivacyPolicy, "https://alpha.example/privacy", T0)
            .Paragraph("We delete your account data within 30 days of closing.", "We never sell your data.")
            .Flag(0, 0, "bounded_retention", FlagKind.Protective, 0.88, "within 30 days")
            .Flag(0, 1, "no_marketing_sharing", FlagKind.Protective, 0.93, "never sell")
            .Readability("""{"mode":"structured","scored":true,"flesch_kincaid_grade":7.0,"flesch_reading_ease":70.0,"suitability":{"children":"difficult","young_people":"suitable","parents":"suitable"}}""");

    public static AnalysedDocumentBuilder HostilePolicy() =>
        new AnalysedDocumentBuilder(Hostile, DocumentType.PrivacyPolicy, HostilePrivacy, T0.AddHours(1))
            .Paragraph("<script>alert('pwned')</script> We may share data with our partners.", FormulaClause)
            .Paragraph("+SUM(A1:A2) and -1 and @cmd lines.", "Pipes | break [tables](javascript:alert(1)) *here*.")
            .Flag(0, 0, "third_party_marketing", FlagKind.Risk, 0.72, "share data with our partners", "none")
            .Flag(0, 1, "content_ownership", FlagKind.Risk, 0.55, "HYPERLINK")
            .Flag(1, 1, "content_ownership", FlagKind.Risk, 0.51, "Pipes | break");

    /// <summary>Alpha's first terms, its privacy policy, the hostile policy, and three review decisions.</summary>
    public static async Task<ReportScenario> CreateAsync()
    {
        var folder = new TempFolder();
        var time = new FakeTimeProvider(T0.AddDays(3));
        var store = await SqliteScanStore.OpenAsync(folder.File("scan.db"), time, default);
        await ReportStore.AddAsync(store, AlphaTermsV1(), Alpha, DocumentType.TermsOfService, AlphaTerms, T0);
        await ReportStore.AddAsync(store, AlphaPrivacy(), Alpha, DocumentType.PrivacyPolicy, "https://alpha.example/privacy", T0);
        await ReportStore.AddAsync(store, HostilePolicy(), Hostile, DocumentType.PrivacyPolicy, HostilePrivacy, T0.AddHours(1));
        await ReportStore.DecideAsync(store, Alpha, DocumentType.TermsOfService, OwnershipClause, "content_ownership", "confirmed", T0.AddDays(2));
        await ReportStore.DecideAsync(store, Alpha, DocumentType.TermsOfService, RetentionClause, "indefinite_retention", "rejected", T0.AddDays(2),
            note: "<img src=x onerror=alert(1)> the retention period is bounded in section 9");
        await ReportStore.DecideAsync(store, Alpha, DocumentType.TermsOfService, BackupClause, "bounded_retention", "added", T0.AddDays(2));
        return new ReportScenario(folder, store, time);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Folder.Dispose();
    }
}
