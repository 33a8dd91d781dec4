using Microsoft.Data.Sqlite;
using System.Text.Json;
using System.Text;
using TosScan.Crawling.Providers;
using TosScan.Files;
using TosScan.Scanning;
using TosScan.Storage.Sqlite;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

/// <summary>Issue 14, items 6, 7, 9 and 10: concurrent runs, provider file names, damaged snapshots, huge rows.</summary>
public sealed class ConcurrentRunsAndDataTests
{
    [Fact]
    public async Task Two_scans_into_one_out_folder_at_once_never_crash_one_finishes_and_the_other_is_refused_with_the_holders_pid()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");

        var runs = await Task.WhenAll(
            Task.Run(() => CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", output, "--db", temp.File("a.db"))),
            Task.Run(() => CliHarness.RunAsync(temp.Path, "scan", RepoPaths.ProvidersCsv, "--out", output, "--db", temp.File("b.db"))));

        var finished = Assert.Single(runs, r => r.ExitCode is 0 or 1);
        var refused = Assert.Single(runs, r => r.ExitCode == 2);
        Assert.Contains("is being written by another tosscan (pid " + Environment.ProcessId, refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.True(File.Exists(Path.Combine(output, "scan-status.csv")), finished.Error);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_scan_into_a_folder_another_process_holds_is_refused_before_crawling_and_runs_once_it_is_free()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");

        using (await OutputFolderLock.AcquireAsync(temp.File("out"), TimeProvider.System, CancellationToken.None))
        {
            var refused = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--out", "out", "--db", temp.File("x.db"));
            BadInputCommandTests.AssertOneLineBadInput(refused, "out");
            Assert.False(File.Exists(temp.File("x.db")), "the store was opened before the folder was checked");
        }

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--out", "out", "--db", temp.File("x.db"));
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task Status_files_written_at_once_into_one_folder_never_collide_on_a_temporary_name()
    {
        using var temp = new TempFolder();
        var rows = new[] { new ScanStatusRow("Alpha", null, ScanStatuses.Found, null, null, null, null) };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var writer = new ScanOutputWriter(temp.Path);
            for (var i = 0; i < 50; i++)
            {
                await writer.WriteStatusAsync(rows, CancellationToken.None);
            }
        })));

        Assert.StartsWith("provider,", await File.ReadAllTextAsync(temp.File("scan-status.csv")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public async Task Providers_whose_names_read_alike_or_are_not_latin_keep_their_own_readable_files()
    {
        using var temp = new TempFolder();
        var names = new[] { "A/B", "A B", "微博", "抖音" };
        var csv = new StringBuilder("name,url,terms_url,privacy_url\n");
        for (var i = 0; i < names.Length; i++)
        {
            await File.WriteAllTextAsync(temp.File($"t{i}.md"), $"# Terms {i}\n\nProvider number {i} keeps your content for thirty days.\n");
            csv.Append('"').Append(names[i]).Append("\",,t").Append(i).Append(".md,\n");
        }

        await File.WriteAllTextAsync(temp.File("p.csv"), csv.ToString());

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--out", "out", "--db", temp.File("x.db"));

        Assert.True(run.ExitCode == 0, run.Error);
        var files = Directory.GetFiles(Path.Combine(temp.File("out"), "documents"), "terms_of_service.json", SearchOption.AllDirectories);
        Assert.Equal(4, files.Length);
        var providers = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("document").GetProperty("provider").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(names.Order(StringComparer.Ordinal), providers);
        var folders = files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))!).ToList();
        Assert.Contains("微博", folders);
        Assert.Contains("抖音", folders);
        Assert.Equal(2, folders.Count(f => f.StartsWith("A-B-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Folder_names_are_unique_case_insensitively_and_do_not_depend_on_the_order_of_the_list()
    {
        var one = FileNames.UniqueSlugs(["A/B", "Chirpy", "a b", "A B"]);
        var other = FileNames.UniqueSlugs(["A B", "a b", "Chirpy", "A/B"]);

        Assert.Equal(one.OrderBy(kv => kv.Key, StringComparer.Ordinal), other.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(4, one.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Chirpy", one["Chirpy"]);
        Assert.Equal("Café-Ünïcode", FileNames.Slug("Café Ünïcode"));
        Assert.Equal("ВКонтакте", FileNames.Slug("ВКонтакте"));
        Assert.Equal("provider", FileNames.Slug("///"));
    }

    [Fact]
    public async Task Reextract_skips_and_reports_a_snapshot_whose_bytes_no_longer_match_its_hash()
    {
        using var temp = new TempFolder();
        var db = temp.File("scan.db");
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        await File.WriteAllTextAsync(temp.File("p.csv"), "name,url,terms_url,privacy_url\nAlpha,,terms.md,\n");
        var scan = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--out", "out", "--db", db);
        Assert.True(scan.ExitCode == 0, scan.Error);
        long versionsBefore;
        await using (var store = await SqliteScanStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            versionsBefore = (await store.CountAsync(CancellationToken.None)).Versions;
        }

        // Bit rot: the stored bytes change, the recorded hash does not.
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE snapshots SET bytes = $bytes, codec = 'none'";
            command.Parameters.AddWithValue("$bytes", Encoding.UTF8.GetBytes("# Terms\n\nWe own everything you post, forever.\n"));
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var run = await CliHarness.RunAsync(temp.Path, "reextract", "--db", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Alpha", run.Out, StringComparison.Ordinal);
        Assert.Contains("corrupt", run.Out, StringComparison.Ordinal);
        Assert.Contains("does not match its SHA-256", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 skipped", run.Out, StringComparison.Ordinal);
        await using (var store = await SqliteScanStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            Assert.Equal(versionsBefore, (await store.CountAsync(CancellationToken.None)).Versions);
        }
    }

    [Fact]
    public async Task A_huge_row_in_the_providers_list_is_skipped_by_line_number_without_being_echoed()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("terms.md"), "# Terms\n\nYou keep ownership of your content.\n");
        var huge = new string('x', 5_000_000);
        await File.WriteAllTextAsync(temp.File("p.csv"),
            "name,url,terms_url,privacy_url\n" +
            "Alpha,,terms.md,\n" +
            $"{huge},https://huge.example,,\n" +
            $"Long,https://{new string('y', 9_000)}.example,,\n" +
            $"{new string('n', 300)},,terms.md,\n" +
            "Omega,,terms.md,\n");

        var list = await ProvidersCsvReader.ReadAsync(temp.File("p.csv"), CancellationToken.None);

        Assert.Equal(["Alpha", "Omega"], list.Providers.Select(p => p.Name));
        Assert.Equal([3, 4, 5], list.Problems.Select(p => p.Line));
        Assert.Contains("5,000,023 characters, over the limit of 16,384", list.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 8,000", list.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 200", list.Problems[2].Message, StringComparison.Ordinal);
        Assert.All(list.Problems, p => Assert.True(p.Message.Length < 300, $"{p.Message.Length} characters"));

        var run = await CliHarness.RunAsync(temp.Path, "scan", "p.csv", "--out", "out", "--db", temp.File("x.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Length + run.Out.Length < 10_000, $"{run.Error.Length + run.Out.Length} characters of output");
        Assert.True(new FileInfo(Path.Combine(temp.File("out"), "scan-status.csv")).Length < 10_000);
    }
}
