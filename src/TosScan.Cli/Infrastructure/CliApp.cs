using System.CommandLine;
using TosScan.Cli.Commands;
using TosScan.Extraction;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// The <c>tosscan</c> command line: builds the command tree, maps parse errors and bad input to
/// exit code 2 with a one-line message, and unexpected failures to exit code 1.
/// </summary>
internal static class CliApp
{
    /// <summary>Every sub-command, in the order <c>--help</c> lists them.</summary>
    private static IReadOnlyList<ICliCommand> Commands() =>
    [
        new AnalyzeCommand(),
        new ScanCommand(),
        new ReextractCommand(),
        new ClassifyCommand(),
        new EvaluateCommand(),
        new TrainCommand(),
        new ReadabilityCommand(),
        new ReportCommand(),
        new ReviewCommand(),
        new HistoryCommand(),
        new DiffCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("TosScan: reads terms of service and privacy policies, flags risky clauses and scores readability.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command.Build(environment));
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command;
            var name = command == root ? "tosscan" : $"tosscan {command.Name}";
            var message = string.Join(" ", parsed.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
            await environment.Error.WriteLineAsync($"error: {message} (see '{name} --help')").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await environment.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (ExtractionException ex)
        {
            await environment.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("cancelled; results saved so far are kept").ConfigureAwait(false);
            return ExitCodes.PartialFailure;
        }
    }
}
