using Microsoft.Extensions.Time.Testing;
using TosScan.Documents;
using TosScan.Storage;
using TosScan.Tests.TestSupport;
using static TosScan.Tests.Storage.StoreTestData;

namespace TosScan.Tests.Storage;

/// <summary>
/// What every scan store promises, whatever engine holds it: written once, run by one subclass per
/// store (<see cref="SqliteScanStoreContractTests"/>, <see cref="PostgresScanStoreContractTests"/>),
/// so the stores cannot drift apart. Tests of one engine's own concerns (files, locking, server
/// errors) live in that engine's own classes.
/// </summary>
public abstract class ScanStoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(T0);

    /// <summary>What <c>--db</c> would say for the test's database.</summary>
    protected abstract string Db { get; }

    /// <summary>Opens a store on the test's database; every call opens the same database again.</summary>
    protected abstract Task<IScanDatabase> OpenAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [StoreFact]
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

    [StoreFact]
    public async Task Snapshot_with_a_hash_that_does_not_match_its_bytes_is_refused()
    {
        await using var store = await OpenAsync();
        var wrong = Snapshot("a", T0) with { Sha256 = Snapshot("b", T0).Sha256 };
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddSnapshotAsync(wrong, default));
    }

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
    public async Task Reopening_keeps_everything()
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
    }

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
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

    [StoreFact]
    public async Task Two_stores_on_the_same_database_write_concurrently_without_losing_rows()
    {
        await using var a = await OpenAsync();
        await using var b = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).AddFetchAsync(Fetch("alpha", "failed", T0.AddSeconds(i), http: 500), default))));
        Assert.Equal(60, (await a.GetFetchesAsync("alpha", default)).Count);
        Assert.Equal(60, (await b.CountAsync(default)).Fetches);
    }

    [StoreFact]
    public async Task Calls_after_dispose_fail_clearly()
    {
        var store = await OpenAsync();
        await store.DisposeAsync();
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync(default));
    }

    [StoreFact]
    public async Task Two_stores_adding_the_same_text_at_once_add_one_version()
    {
        // Two stores stand for two processes: the guard against duplicates must hold across connections.
        await using var a = await OpenAsync();
        await using var b = await OpenAsync();
        var writes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).AddVersionAsync("alpha", DocumentType.PrivacyPolicy, "p", "aa", T0.AddSeconds(i), "shared text", default))));

        Assert.Single(writes, w => w.IsNew);
        Assert.Single(await a.GetVersionsAsync("alpha", DocumentType.PrivacyPolicy, default));
    }

    [StoreFact]
    public async Task Times_come_back_to_the_tick_whatever_their_offset()
    {
        await using var store = await OpenAsync();
        var odd = T0.AddTicks(1_234_567).ToOffset(TimeSpan.FromHours(5.5));
        var fetch = await store.AddFetchAsync(Fetch("alpha", "found", odd, "aa"), default);
        var snapshot = Snapshot("<p>ticks</p>", odd.AddTicks(1));
        await store.AddSnapshotAsync(snapshot, default);
        var version = (await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", snapshot.Sha256, odd.AddTicks(2), "ticks", default)).Version;
        var decision = await store.AddDecisionAsync(Decision("alpha", "ticks", "content_ownership", "confirmed", odd.AddTicks(3)), default);

        Assert.Equal(fetch, Assert.Single(await store.GetFetchesAsync("alpha", default)));
        Assert.Equal(odd.AddTicks(1), (await store.GetSnapshotAsync(snapshot.Sha256, default))!.FirstSeenAt);
        Assert.Equal(version, Assert.Single(await store.GetVersionsAsync("alpha", null, default)));
        Assert.Equal(decision, Assert.Single(await store.GetDecisionsAsync(null, default)));

        // One tick either side of a version's time decides whether it is current.
        Assert.Empty(await store.GetCurrentVersionsAsync(odd.AddTicks(1), default));
        Assert.Single(await store.GetCurrentVersionsAsync(odd.AddTicks(2), default));
    }

    [StoreFact]
    public async Task Current_versions_are_ordered_by_provider_and_type_byte_by_byte()
    {
        await using var store = await OpenAsync();
        foreach (var provider in new[] { "beta", "Zeta", "Alpha", "alpha", "Ärger" })
        {
            await store.AddVersionAsync(provider, DocumentType.TermsOfService, "u", "aa", T0, provider + " terms", default);
            await store.AddVersionAsync(provider, DocumentType.PrivacyPolicy, "p", "bb", T0, provider + " privacy", default);
        }

        var current = await store.GetCurrentVersionsAsync(null, default);
        Assert.Equal(["Alpha", "Alpha", "Zeta", "Zeta", "alpha", "alpha", "beta", "beta", "Ärger", "Ärger"], current.Select(v => v.Provider));
        Assert.Equal(["privacy_policy", "terms_of_service"], current.Take(2).Select(v => v.Type.ToWireName()));
    }

    [StoreFact]
    public async Task Text_with_control_characters_comes_back_unchanged()
    {
        // Crawled text may hold NUL and other controls (PostgreSQL text cannot hold NUL); a page
        // must store on every engine and come back as it was extracted.
        await using var store = await OpenAsync();
        const string text = "Terms\u0000 with a NUL,\u0007 a bell and \u001b[31m an escape.";
        var version = (await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, text, default)).Version;
        var decision = await store.AddDecisionAsync(Decision("alpha", text, "content_ownership", "confirmed", T0) with { Note = "note\u0000" }, default);

        Assert.Equal(text, Assert.Single(await store.GetVersionsAsync("alpha", null, default)).Text);
        Assert.Equal(text, Assert.Single(await store.GetCurrentVersionsAsync(null, default)).Text);
        Assert.Equal(text, Assert.Single(await store.GetDecisionsAsync(null, default)).ClauseText);
        Assert.Equal(decision.Id, (await store.RemoveDecisionAsync(decision.Id, default))!.Id);
        Assert.False((await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "bb", T0.AddDays(1), text, default)).IsNew);
        Assert.Equal(version.Id, (await store.GetCurrentVersionsAsync(null, default))[0].Id);
    }

    [StoreFact]
    public async Task Opening_an_existing_store_through_the_factory_finds_what_was_stored()
    {
        await using (var store = await OpenAsync())
        {
            await store.AddVersionAsync("alpha", DocumentType.TermsOfService, "u", "aa", T0, "Text", default);
            await store.EnsureWritableAsync(default);
        }

        await using var existing = await ScanStores.OpenExistingAsync(Db, Time, default);
        Assert.Equal("Text", Assert.Single(await existing.GetCurrentVersionsAsync(null, default)).Text);
        Assert.False(string.IsNullOrWhiteSpace(existing.Description));
    }
}
