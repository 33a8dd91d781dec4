using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Review;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Documents;
using TosScan.Tests.Storage;

namespace TosScan.Tests.Review;

/// <summary>
/// A real SQLite store in a temp folder holding one analysed terms of service (with a clause
/// carrying hostile markup), and the review server on a free 127.0.0.1 port in front of it.
/// </summary>
internal sealed class ReviewTestSite : IAsyncDisposable
{
    public const string Provider = "Chirpy";
    public const string OwnClause = "You own the photos and videos you post.";
    public const string OwnershipClause = "We may use anything you post for any purpose, forever, including in our ads.";
    public const string DeleteClause = "You can delete your posts at any time.";
    public const string MarketingClause = "We share your contact details with our marketing partners so they can send you offers.";
    public const string HostileClause = "Read this <script>window.pwned = true;</script> and <img src=x onerror=\"window.pwned = true\"> carefully.";
    public const string RetentionClause = "We keep backups of deleted posts indefinitely.";

    public static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    private readonly TempFolder _folder;
    private readonly ReviewServerOptions _options;

    private ReviewTestSite(TempFolder folder, SqliteScanStore store, ReviewServer server, FakeTimeProvider time, ReviewServerOptions options)
    {
        _folder = folder;
        Store = store;
        Server = server;
        Time = time;
        _options = options;
    }

    public TempFolder Folder => _folder;

    public string DbPath => _folder.File("review.db");

    public SqliteScanStore Store { get; private set; }

    public ReviewServer Server { get; private set; }

    public FakeTimeProvider Time { get; }

    public Uri ProviderPage => new(Server.Address, "provider?name=" + Provider);

    public static Document TermsOfService() => new DocumentBuilder(Provider, DocumentType.TermsOfService)
        .Heading("1. Your content")
        .Paragraph(OwnClause, OwnershipClause, DeleteClause)
        .Flag(OwnershipClause, "content_ownership", "forever")
        .Heading("2. Sharing")
        .Paragraph(MarketingClause, HostileClause)
        .Flag(MarketingClause, "third_party_marketing", "marketing partners", consent: "none")
        .Heading("3. Keeping your data")
        .Paragraph(RetentionClause)
        .Flag(RetentionClause, "indefinite_retention", "indefinitely")
        .Build(Now.AddDays(-2));

    public static Task<ReviewTestSite> StartAsync() => StartAsync([TermsOfService()]);

    /// <param name="documents">Saved as analysed current versions before the server starts.</param>
    /// <param name="prepareModels">Writes a models folder into the given path for the server's "decisions since training" line; none when null.</param>
    public static async Task<ReviewTestSite> StartAsync(IReadOnlyList<Document> documents, Action<string>? prepareModels = null)
    {
        var folder = new TempFolder();
        var time = new FakeTimeProvider(Now);
        var store = await SqliteScanStore.OpenAsync(folder.File("review.db"), time, default);
        foreach (var document in documents)
        {
            await AnalysedVersions.SaveAsync(store, document);
        }

        string? models = null;
        if (prepareModels is not null)
        {
            models = Directory.CreateDirectory(folder.File("models")).FullName;
            prepareModels(models);
        }

        var options = new ReviewServerOptions { Port = 0, Reviewer = "default-reviewer", ModelsDirectory = models };
        var server = await ReviewServer.StartAsync(store, store, options, time, default);
        return new ReviewTestSite(folder, store, server, time, options);
    }

    /// <summary>Stops the server and closes the store, then opens both again, as after a restart of the tool.</summary>
    public async Task RestartAsync()
    {
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        Store = await SqliteScanStore.OpenAsync(DbPath, Time, default);
        Server = await ReviewServer.StartAsync(Store, Store, _options, Time, default);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
