using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Storage.Sqlite;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

public sealed class SqliteScanStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(T0);

    private string DbPath => _folder.File("scan.db");

    public void Dispose() => _folder.Dispose();

    private Task<SqliteScanStore> OpenAsync() => SqliteScanStore.OpenAsync(DbPath, _time, CancellationToken.None);

    [Fact]
    public async Task Snapshot_bytes_are_stored_once_per_sha256()
    {
        await using var store = await OpenAsync();
        var first = Snapshot("<p>Terms v1</p>", T0);
        Assert.True(await store.AddSnapshotAsync(first, default));
        Assert.False(await store.AddSnapshotAsync(first with { FirstSeenAt = T0.AddDays(1) }, default));
        Assert.True(await store.AddSnapshotAsync(Snapshot("<p>Terms v2</p>", T0), default));

        var read = await store.GetSnapshotAsync(first.Sha256, default);
        Assert.NotNull(read);
        Assert.Equal(first.Bytes.ToArray(), read.Bytes.ToArray());
        Assert.Equal(T0, read.FirstSeenAt);
        Assert.Equal("text/html", read.MediaType);
        Assert.Equal(2, (await store.CountAsync(default)).Snapshots);
        Assert.Null(await store.GetSnapshotAsync(new string('0', 64), default));
    }

    [Fact]
    public async Task Snapshot_with_a_hash_that_does_not_match_its_bytes_is_refused()
    {
        await using var store = await OpenAsync();
        var wrong = Snapshot("a", T0) with { Sha256 = Snapshot("b", T0).Sha256 };
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddSnapshotAsync(wrong, default));
    }

    [Fact]
    public async Task A_version_is_added_only_when_the_text_changed_from_the_latest()
    {
        await using var store = await OpenAsync();
        var first = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "https://alpha.example/terms", "aa", T0, "Text A", default);
        var same = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "https://alpha.example/terms", "bb", T0.AddDays(1), "Text A", default);
        var changed = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "https://alpha.example/terms", "cc", T0.AddDays(2), "Text B", default);
        var back = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "https://alpha.example/terms", "dd", T0.AddDays(3), "Text A", default);
        var otherType = await store.AddVersionAsync("alpha", DocumentType.PrivacyPolicy, "https://alpha.example/privacy", "ee", T0, "Text A", default);

        Assert.True(first.IsNew);
        Assert.False(same.IsNew);
        Assert.Equal(first.Version, same.Version);
        Assert.True(changed.IsNew);
        Assert.True(back.IsNew);
        Assert.True(otherType.IsNew);
        Assert.Equal(Hashing.Sha256Hex("Text A"), first.Version.TextSha256);

        var tos = await store.GetVersionsAsync("alpha", DocumentType.TermsOfService, default);
        Assert.Equal(["Text A", "Text B", "Text A"], tos.Select(v => v.Text));
        Assert.Equal(4, (await store.GetVersionsAsync("alpha", null, default)).Count);
        Assert.Equal(4, (await store.CountAsync(default)).Versions);
    }

    [Fact]
    public async Task Tracking_parameters_and_whitespace_alone_make_no_new_version()
    {
        await using var store = await OpenAsync();
        const string location = "https://alpha.example/terms";
        var first = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, location, "aa", T0,
            "Read https://alpha.example/help?id=4 first.\n\nWe keep data 30 days.", default);
        var noisy = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, location, "bb", T0.AddDays(1),
            "Read  https://alpha.example/help?id=4&utm_source=mail&fbclid=x1 first.\n\n\u200BWe keep data   30 days.", default);
        var real = await store.AddVersionAsync("alpha", DocumentType.TermsOfService, location, "cc", T0.AddDays(2),
            "Read https://alpha.example/help?id=5 first.\n\nWe keep data 30 days.", default);

        Assert.False(noisy.IsNew);
        Assert.Equal(first.Version.Id, noisy.Version.Id);
        Assert.True(real.IsNew);
    }

    [Fact]
    public async Task Every_fetch_attempt_is_kept_with_its_fields()
    {
        await using var store = await OpenAsync();
        var snapshot = Snapshot("<p>Terms</p>", T0);
        var failed = await store.AddFetchAsync(Fetch("alpha", "failed", T0, http: null), default);
        var found = await store.AddFetchAsync(Fetch("alpha", "found", T0.AddMinutes(1), snapshot.Sha256) with { ETag = "\"v1\"", LastModified = "Sun, 01 Mar 2026 12:00:00 GMT" }, default);
        var blocked = await store.AddFetchAsync(Fetch("alpha", "blocked", T0.AddMinutes(2), http: 403), default);
        await store.AddFetchAsync(Fetch("beta", "found", T0, snapshot.Sha256), default);

        var fetches = await store.GetFetchesAsync("alpha", default);
        Assert.Equal([failed, found, blocked], fetches);
        Assert.True(failed.Id > 0 && found.Id > failed.Id);
        Assert.Null(fetches[0].HttpStatus);
        Assert.Equal("\"v1\"", fetches[1].ETag);
        Assert.Equal(403, fetches[2].HttpStatus);
        Assert.Equal(4, (await store.CountAsync(default)).Fetches);

        // A later failure must not hide the last fetch that brought content (needed for conditional requests).
        var last = await store.GetLastSuccessfulFetchAsync("alpha", DocumentType.TermsOfService, "https://alpha.example/terms", default);
        Assert.Equal(found, last);
        Assert.Null(await store.GetLastSuccessfulFetchAsync("alpha", DocumentType.PrivacyPolicy, "https://alpha.example/terms", default));
    }

    [Fact]
    public async Task Analysis_is_saved_per_version_and_can_be_replaced()
    {
        await using var store = await OpenAsync();
        var version = (await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Text", default)).Version;
        Assert.Null(await store.GetAnalysisAsync(version.Id, default));
        await store.SaveAnalysisAsync(version.Id, """{"v":1}""", default);
        await store.SaveAnalysisAsync(version.Id, """{"v":2}""", default);
        Assert.Equal("""{"v":2}""", await store.GetAnalysisAsync(version.Id, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAnalysisAsync(version.Id + 100, "{}", default));
    }

    [Fact]
    public async Task Reopening_keeps_everything_and_uses_wal()
    {
        var sha = Snapshot("<p>x</p>", T0);
        long versionId;
        await using (var store = await OpenAsync())
        {
            await store.AddFetchAsync(Fetch("alpha", "found", T0, sha.Sha256), default);
            await store.AddSnapshotAsync(sha, default);
            versionId = (await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", sha.Sha256, T0, "x", default)).Version.Id;
            await store.SaveAnalysisAsync(versionId, "{}", default);
            await store.AddDecisionAsync(Decision("alpha", "x", "content_ownership", "confirmed", T0), default);
        }

        await using (var reopened = await OpenAsync())
        {
            Assert.Equal(new(1, 1, 1), await reopened.CountAsync(default));
            Assert.Equal("{}", await reopened.GetAnalysisAsync(versionId, default));
            Assert.Single(await reopened.GetDecisionsAsync(null, default));
            Assert.False((await reopened.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", sha.Sha256, T0.AddDays(1), "x", default)).IsNew);
        }

        await using var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Current_versions_as_of_a_date_are_the_newest_retrieved_by_then()
    {
        await using var store = await OpenAsync();
        await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Alpha v1", default);
        await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "bb", T0.AddDays(10), "Alpha v2", default);
        await store.AddVersionAsync("alpha", DocumentType.PrivacyPolicy, "p", "cc", T0.AddDays(2), "Alpha privacy", default);
        await store.AddVersionAsync("beta", DocumentType.TermsOfService, "b", "dd", T0.AddDays(20), "Beta v1", default);

        Assert.Empty(await store.GetCurrentVersionsAsync(T0.AddTicks(-1), default));
        Assert.Equal(["Alpha v1"], (await store.GetCurrentVersionsAsync(T0, default)).Select(v => v.Text));
        Assert.Equal(["Alpha privacy", "Alpha v1"], (await store.GetCurrentVersionsAsync(T0.AddDays(5), default)).Select(v => v.Text));
        Assert.Equal(["Alpha privacy", "Alpha v2", "Beta v1"], (await store.GetCurrentVersionsAsync(T0.AddDays(30), default)).Select(v => v.Text));
        Assert.Equal(["Alpha privacy", "Alpha v2", "Beta v1"], (await store.GetCurrentVersionsAsync(null, default)).Select(v => v.Text));

        // The cut-off compares instants, whatever offset the caller uses.
        var sameInstantElsewhere = T0.ToOffset(TimeSpan.FromHours(-5));
        Assert.Equal(["Alpha v1"], (await store.GetCurrentVersionsAsync(sameInstantElsewhere, default)).Select(v => v.Text));
    }

    [Fact]
    public async Task Review_decisions_come_back_oldest_first_and_the_newest_wins()
    {
        await using var store = await OpenAsync();
        const string clause = "We may use your  content\nfor any purpose.";
        var later = await store.AddDecisionAsync(Decision("alpha", clause, "content_ownership", "rejected", T0.AddHours(2)), default);
        var earlier = await store.AddDecisionAsync(Decision("alpha", clause, "content_ownership", "confirmed", T0), default);
        await store.AddDecisionAsync(Decision("alpha", clause, "third_party_marketing", "added", T0.AddHours(1)), default);
        await store.AddDecisionAsync(Decision("beta", "Other clause.", "indefinite_retention", "confirmed", T0), default);

        var alpha = await store.GetDecisionsAsync("alpha", default);
        Assert.Equal([earlier.Id, alpha[1].Id, later.Id], alpha.Select(d => d.Id));
        Assert.Equal(4, (await store.GetDecisionsAsync(null, default)).Count);
        Assert.Equal(later, alpha[2]);

        var effective = TosScan.Storage.ReviewDecisions.NewestPerClauseAndLabel(alpha);
        Assert.Equal("rejected", effective[(TosScan.Storage.ClauseKeys.For("we may use your content for any purpose."), "content_ownership")].Decision);
        Assert.Equal(2, effective.Count);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddDecisionAsync(Decision("alpha", clause, "x", "maybe", T0), default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddDecisionAsync(Decision("alpha", clause, "x", "relabelled", T0), default));
    }

    [Fact]
    public async Task Removing_a_decision_makes_the_one_before_it_the_newest_again_and_survives_reopening()
    {
        const string clause = "We keep your posts forever.";
        long removedId;
        await using (var store = await OpenAsync())
        {
            var first = await store.AddDecisionAsync(Decision("alpha", clause, "indefinite_retention", "confirmed", T0), default);
            var second = await store.AddDecisionAsync(Decision("alpha", clause, "indefinite_retention", "rejected", T0.AddMinutes(1)), default);
            removedId = second.Id;

            Assert.Equal(second, await store.RemoveDecisionAsync(second.Id, default));
            Assert.Null(await store.RemoveDecisionAsync(second.Id, default));
            var left = await store.GetDecisionsAsync(null, default);
            Assert.Equal([first], left);
            Assert.Equal("confirmed", TosScan.Storage.ReviewDecisions.NewestPerClauseAndLabel(left).Single().Value.Decision);
        }

        await using var reopened = await OpenAsync();
        Assert.DoesNotContain(await reopened.GetDecisionsAsync(null, default), d => d.Id == removedId);
    }

    [Fact]
    public async Task Concurrent_writers_in_one_process_add_one_version_and_keep_every_fetch()
    {
        await using var store = await OpenAsync();
        var writes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await store.AddFetchAsync(Fetch("alpha", "found", T0.AddSeconds(i), "aa"), default);
            await store.AddSnapshotAsync(Snapshot("<p>same</p>", T0), default);
            return await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0.AddSeconds(i), "same text", default);
        })));

        Assert.Single(writes, w => w.IsNew);
        Assert.Single(writes.Select(w => w.Version.Id).Distinct());
        Assert.Equal(new(40, 1, 1), await store.CountAsync(default));
    }

    [Fact]
    public async Task Two_stores_on_the_same_file_write_concurrently_without_losing_rows()
    {
        await using var a = await OpenAsync();
        await using var b = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).AddFetchAsync(Fetch("alpha", "failed", T0.AddSeconds(i), http: 500), default))));
        Assert.Equal(60, (await a.GetFetchesAsync("alpha", default)).Count);
        Assert.Equal(60, (await b.CountAsync(default)).Fetches);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_gives_an_error_naming_it_and_is_left_untouched()
    {
        var content = "this is a text file, not a database, and it is long enough to have a header"u8.ToArray();
        await File.WriteAllBytesAsync(DbPath, content);
        var error = await Assert.ThrowsAsync<SqliteStoreException>(OpenAsync);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("--db", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(DbPath));
    }

    [Fact]
    public async Task Another_programs_sqlite_database_is_refused()
    {
        await using (var raw = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY)";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SqliteStoreException>(OpenAsync);
        Assert.Contains("not a TosScan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_path_gives_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => SqliteScanStore.OpenAsync(_folder.Path, _time, default));
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_after_dispose_fail_clearly()
    {
        var store = await OpenAsync();
        await store.DisposeAsync();
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync(default));
    }
}
