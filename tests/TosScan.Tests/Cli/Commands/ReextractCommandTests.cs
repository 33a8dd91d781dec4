using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

public sealed class ReextractCommandTests
{
    [Fact]
    public async Task Reextract_rereads_snapshots_without_fetching_and_versions_only_changed_text()
    {
        using var temp = new TempFolder();
        var db = temp.File("scan.db");
        await CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", temp.File("out"), "--db", db);

        // Pretend an older extractor produced worse text for one document.
        string provider;
        long fetchesBefore;
        await using (var store = await SqliteScanStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            var current = (await store.GetCurrentVersionsAsync(null, CancellationToken.None))[0];
            provider = current.Provider;
            await store.AddVersionAsync(current.Provider, current.Type, current.Location, current.SnapshotSha256, current.RetrievedAt, "text from an older extractor", CancellationToken.None);
            fetchesBefore = (await store.CountAsync(CancellationToken.None)).Fetches;
        }

        var run = await CliHarness.RunAsync(temp.Path, "reextract", "--db", db, "--out", temp.File("again"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Trim().Split('\n');
        Assert.Single(lines, l => l.Contains("new_version", StringComparison.Ordinal));
        Assert.StartsWith(provider, lines.Single(l => l.Contains("new_version", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(": 1 new version,", lines[^1], StringComparison.Ordinal);
        Assert.Contains("0 failed", lines[^1], StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(temp.File("again"), "*.json", SearchOption.AllDirectories));
        await using (var store = await SqliteScanStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            Assert.Equal(fetchesBefore, (await store.CountAsync(CancellationToken.None)).Fetches); // nothing fetched
            Assert.DoesNotContain(await store.GetCurrentVersionsAsync(null, CancellationToken.None), v => v.Text == "text from an older extractor");
        }

        // A second run finds nothing to change.
        var again = await CliHarness.RunAsync(temp.Path, "reextract", "--db", db);
        Assert.Contains(": 0 new versions,", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reextract_without_a_store_is_bad_input()
    {
        using var temp = new TempFolder();

        var run = await CliHarness.RunAsync(temp.Path, "reextract", "--db", temp.File("none.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run 'tosscan scan' first", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.db")));
    }
}
