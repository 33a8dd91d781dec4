using System.CommandLine;
using TosScan.Cli.Infrastructure;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan analyze &lt;path|url|-&gt;</c>: one document through the whole pipeline.</summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A file path, an http(s) URL, or - for standard input." };
        var format = CommonOptions.Format();
        var command = new Command("analyze", "Analyze one terms of service or privacy policy and print a summary (or --format json).")
        {
            input,
            format,
        };
        command.SetAction((parse, ct) => Task.FromResult(ExitCodes.Success));
        return command;
    }
}
