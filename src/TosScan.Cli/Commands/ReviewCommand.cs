using System.CommandLine;
using System.Globalization;
using TosScan.Cli.Infrastructure;
using TosScan.Review;
using TosScan.Review.Agreement;
using TosScan.Text;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan review [--db PATH] [--port N] [--reviewer NAME] [--models DIR]</c>: serves the review
/// screen on 127.0.0.1 until Ctrl+C; with <c>--export FILE.jsonl</c> writes the reviewed clauses as
/// LABELS.md training lines instead, and with <c>--agreement</c> prints how far reviewers agree.
/// </summary>
internal sealed class ReviewCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1 to serve the review screen on (default 5178; 0 picks a free one).",
            DefaultValueFactory = _ => new ReviewServerOptions().Port,
        };
        var reviewer = new Option<string?>("--reviewer") { Description = "Name recorded with each decision (default: the login name); the page can change it." };
        var export = new Option<string?>("--export") { Description = "Write confirmed, relabelled and added flags as LABELS.md JSONL to this file (- for standard output) and exit." };
        var agreement = new Option<bool>("--agreement") { Description = "Print, per label, how often two reviewers who judged the same flag agreed (with Cohen's kappa) and list their disagreements, then exit." };
        var models = ModelOptions.Models();
        var command = new Command("review", "Serve a local page where policy staff confirm, reject, relabel or add flags (a keyboard queue at /queue); or --export the decisions as training JSONL, or print --agreement between reviewers.")
        {
            db,
            port,
            reviewer,
            export,
            agreement,
            models,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services.Create(environment);
            await using var store = await services.OpenStoreAsync(StorePaths.Existing(environment, parse.GetValue(db)!), ct).ConfigureAwait(false);
            if (parse.GetValue(export) is { } exportPath)
            {
                return await ExportAsync(environment, store, exportPath, ct).ConfigureAwait(false);
            }

            if (parse.GetValue(agreement))
            {
                var decisions = await store.GetDecisionsAsync(null, ct).ConfigureAwait(false);
                await environment.Out.WriteAsync(AgreementText.Write(ReviewerAgreement.Compute(decisions))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            // Every decision is a write: a read-only store must stop the start, not fail each click with a 500.
            try
            {
                await store.EnsureWritableAsync(ct).ConfigureAwait(false);
            }
            catch (Storage.ScanStoreException ex)
            {
                throw new UsageException(ex.Message, ex);
            }

            var options = new ReviewServerOptions
            {
                Port = parse.GetValue(port),
                Reviewer = parse.GetValue(reviewer) ?? DefaultReviewer(),
                ModelsDirectory = ModelOptions.Resolve(environment, parse.GetValue(models)),
            };
            ReviewServer server;
            try
            {
                server = await ReviewServer.StartAsync(store, store, options, environment.Time, ct).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
            catch (IOException ex)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"cannot listen on 127.0.0.1:{options.Port} ({ex.Message}); pass another --port"), ex);
            }

            await using (server.ConfigureAwait(false))
            {
                await environment.Out.WriteLineAsync($"Review screen: {server.Address} (Ctrl+C to stop)").ConfigureAwait(false);
                await environment.Out.FlushAsync(ct).ConfigureAwait(false);
                await server.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> ExportAsync(CliEnvironment environment, Storage.IReviewStore store, string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            // The count goes to standard error, so an empty export still says what happened.
            var written = await ReviewExport.WriteJsonlAsync(store, environment.Out, cancellationToken).ConfigureAwait(false);
            await environment.Error.WriteLineAsync(written == 0
                ? "wrote 0 reviewed clauses to standard output: no decision to export yet (confirm, relabel or add flags in 'tosscan review' first)"
                : $"wrote {Counted.Of(written, "reviewed clause")} to standard output").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var full = environment.ResolvePath(path);
        int lines;
        try
        {
            // Written to a temporary file first so an interrupted export never leaves half a corpus file.
            var temporary = full + ".tmp";
            await using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                lines = await ReviewExport.WriteJsonlAsync(store, writer, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{full}: cannot write the export ({ex.Message}); check the folder exists and is writable", ex);
        }

        await environment.Error.WriteLineAsync($"wrote {Counted.Of(lines, "reviewed clause")} to {full}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string DefaultReviewer() =>
        string.IsNullOrWhiteSpace(Environment.UserName) ? new ReviewServerOptions().Reviewer : Environment.UserName;
}
