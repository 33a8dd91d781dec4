using System.CommandLine;
using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Diffing;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan diff --provider NAME [--type T]</c> compares the two newest stored versions;
/// <c>tosscan diff &lt;old-file&gt; &lt;new-file&gt;</c> runs two files through the pipeline and compares them.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "<old-file> <new-file>: two local files to analyse and compare (instead of --provider).",
            Arity = new ArgumentArity(0, 2),
        };
        var provider = new Option<string?>("--provider") { Description = "Compare the two newest stored versions of this provider's documents." };
        var type = CommonOptions.DocumentType();
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("diff", "Show clauses added, removed and changed, and flags that appeared or disappeared, between two versions.")
        {
            files,
            provider,
            type,
            db,
            format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var name = parse.GetValue(provider);
            var documentType = CommonOptions.ParseType(parse.GetValue(type));
            if ((name is null) == (paths.Length == 0) || (name is null && paths.Length != 2))
            {
                throw new UsageException("give either --provider NAME or two files: tosscan diff <old-file> <new-file> (see 'tosscan diff --help')");
            }

            await using var services = Services.Create(environment);
            IReadOnlyList<DocumentDiff> diffs;
            var differ = new DocumentDiffer();
            if (name is not null)
            {
                await using var store = await services.OpenStoreAsync(StorePaths.Existing(environment, parse.GetValue(db)!), ct).ConfigureAwait(false);
                StoredDiffResult result;
                try
                {
                    result = await new StoredVersionDiffer(store, differ).CompareNewestAsync(name, documentType, ct).ConfigureAwait(false);
                }
                catch (HistoryException ex)
                {
                    throw new UsageException(ex.Message, ex);
                }

                foreach (var skipped in result.Skipped)
                {
                    await environment.Error.WriteLineAsync($"note: {skipped}").ConfigureAwait(false);
                }

                diffs = result.Diffs;
            }
            else
            {
                var fileDiffer = new FileDiffer(services.Analyzer, differ, environment.Time);
                // Guessed from the newer file's name as analyze does ("TikTok - Terms of Service - 2022.md"), so the
                // diff names the provider and applies the right document type rather than "other".
                var newer = new Uri(environment.ResolvePath(paths[1]));
                diffs = [await fileDiffer.CompareAsync(
                    environment.ResolvePath(paths[0]),
                    environment.ResolvePath(paths[1]),
                    documentType ?? InputReader.GuessType(newer),
                    ct,
                    InputReader.GuessProvider(newer)).ConfigureAwait(false)];
            }

            if (parse.GetValue(format) == "json")
            {
                await DiffFormats.WriteJsonAsync(diffs, environment.Out, ct).ConfigureAwait(false);
            }
            else
            {
                // Rendered whole, then made inert: clause texts are crawled and may carry terminal escapes.
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                await DiffFormats.WriteTextAsync(diffs, text, ct).ConfigureAwait(false);
                await environment.Out.WriteAsync(TerminalText.Inert(text.ToString())).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
