using System.CommandLine;
using TosScan.Cli.Infrastructure;
using TosScan.Cli.Rendering;
using TosScan.Diffing;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan history &lt;provider&gt;</c>: the stored versions of each of a provider's documents, with dates.</summary>
internal sealed class HistoryCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var provider = new Argument<string>("provider") { Description = "Provider name as in the providers list." };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("history", "List the stored versions of each of a provider's documents, with dates.")
        {
            provider,
            db,
            format,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(provider)))
            {
                throw new UsageException("the provider name is empty; give it as in the providers list, e.g. 'tosscan history Chirpy' (scan-status.csv lists them)");
            }

            await using var services = Services.Create(environment);
            await using var store = await services.OpenStoreAsync(StorePaths.Existing(environment, parse.GetValue(db)!), ct).ConfigureAwait(false);
            ProviderHistory history;
            try
            {
                history = await new VersionHistory(store).GetAsync(parse.GetValue(provider)!, ct).ConfigureAwait(false);
            }
            catch (HistoryException ex)
            {
                throw new UsageException(ex.Message, ex);
            }

            var text = parse.GetValue(format) == "json" ? HistoryFormats.ToJson(history) + Environment.NewLine : HistoryFormats.ToText(history);
            await environment.Out.WriteAsync(TerminalText.Inert(text)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
