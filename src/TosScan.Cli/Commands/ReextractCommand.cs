using System.CommandLine;
using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Crawling.Declarations;
using TosScan.Documents;
using TosScan.Extraction;
using TosScan.Files;
using TosScan.Scanning.Reextraction;
using TosScan.Scanning;
using TosScan.Text;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan reextract [--db PATH] [--out DIR] [--declarations DIR]</c>: re-reads the stored
/// snapshots with the current extractor and stages, without fetching anything.
/// </summary>
internal sealed class ReextractCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var output = new Option<string?>("--out") { Description = "Also rewrite documents/<provider>/<type>.json in this folder." };
        var declarations = new Option<string?>("--declarations") { Description = "Open Terms Archive declarations whose select/remove rules apply again." };
        var command = new Command("reextract", "Re-extract and re-analyze every stored document from its snapshot, without re-fetching; a changed text becomes a new version.")
        {
            db,
            output,
            declarations,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = StorePaths.Resolve(environment, parse.GetValue(db)!);
            if (!Storage.ScanStores.IsPostgres(dbPath) && !File.Exists(dbPath))
            {
                throw new UsageException($"no store at {dbPath}; run 'tosscan scan' first or pass --db");
            }

            var rules = LoadRules(parse.GetValue(declarations) is { } dir ? environment.ResolvePath(dir) : null);
            await using var services = Services.Create(environment);
            await using var store = await services.OpenWritableStoreAsync(dbPath, mustExist: true, ct).ConfigureAwait(false);
            var reextractor = new SnapshotReextractor(store, services.Analyzer, rules);
            var rows = await reextractor.RunAsync(null, ct).ConfigureAwait(false);

            var writer = parse.GetValue(output) is { } outDir
                ? new ScanOutputWriter(environment.ResolvePath(outDir), FileNames.UniqueSlugs(rows.Select(r => r.Provider)))
                : null;
            foreach (var row in rows)
            {
                if (writer is not null && row.AnalysisJson is not null)
                {
                    await writer.WriteDocumentAsync(row.Provider, row.Type, row.AnalysisJson, ct).ConfigureAwait(false);
                }

                var line = string.Create(CultureInfo.InvariantCulture, $"{row.Provider,-16} {row.Type.ToWireName(),-20} {row.Status,-11} {row.Reason}");
                await environment.Out.WriteLineAsync(line.TrimEnd()).ConfigureAwait(false);
            }

            var failed = rows.Count(r => r.Status == ReextractRow.Failed);
            var corrupt = rows.Count(r => r.Status == ReextractRow.Corrupt);
            var added = rows.Count(r => r.Status == ReextractRow.NewVersion);
            var corruptNote = corrupt == 0 ? string.Empty : $", {corrupt} skipped (snapshot does not match its SHA-256)";
            await environment.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{Counted.Of(rows.Count, "document")} re-extracted: {Counted.Of(added, "new version")}, {rows.Count - added - failed - corrupt} unchanged, {failed} failed{corruptNote}")).ConfigureAwait(false);
            foreach (var row in rows.Where(r => r.Status == ReextractRow.Corrupt))
            {
                await environment.Error.WriteLineAsync($"warning: {row.Provider} {row.Type.ToWireName()}: {row.Reason}").ConfigureAwait(false);
            }

            return failed + corrupt == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        });
        return command;
    }

    private static Func<string, DocumentType, ExtractionRules>? LoadRules(string? directory)
    {
        if (directory is null)
        {
            return null;
        }

        if (!Directory.Exists(directory))
        {
            throw new UsageException($"--declarations: folder '{directory}' does not exist");
        }

        DeclarationSet set;
        try
        {
            set = DeclarationReader.ReadDirectory(directory);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message, ex);
        }

        return (provider, type) => set.Find(provider)?.Documents.FirstOrDefault(d => d.Type == type)?.Rules ?? ExtractionRules.None;
    }
}
