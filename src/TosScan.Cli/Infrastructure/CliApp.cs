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
        new WorkerCommand(),
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
        if (parsed.CommandResult.Command == root)
        {
            // Without this, a mistyped command reads "Required command was not provided".
            var word = args.FirstOrDefault(a => !a.StartsWith('-'));
            if (word is not null || parsed.Errors.Count > 0)
            {
                var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
                var what = word is null ? "no command given" : $"unknown command '{word}'";
                await environment.Error.WriteLineAsync($"error: {what}; the commands are {commands} (see 'tosscan --help')").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        if (OptionTakenAsArgument(parsed) is { } stray)
        {
            var name = $"tosscan {parsed.CommandResult.Command.Name}";
            await environment.Error.WriteLineAsync($"error: unknown option '{stray}' (see '{name} --help'); a file whose name starts with '-' can be given as ./{stray}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The last guard against a stack trace: the file system's own message names the path.
            await environment.Error.WriteLineAsync($"error: {OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("cancelled; results saved so far are kept").ConfigureAwait(false);
            return ExitCodes.PartialFailure;
        }
    }

    /// <summary>
    /// A token like <c>--zzz</c> that System.CommandLine gave to a positional argument (a list of
    /// files takes anything), so it would be read as a file name. A lone <c>-</c> is standard input.
    /// </summary>
    private static string? OptionTakenAsArgument(ParseResult parsed) =>
        parsed.CommandResult.Children
            .OfType<System.CommandLine.Parsing.ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 1 && v[0] == '-' && !double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _));

    private static string OneLine(string message) =>
        string.Join(" ", message.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}
