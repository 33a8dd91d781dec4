using System.CommandLine;
using TosScan.Cli.Infrastructure;

namespace TosScan.Cli.Commands;

/// <summary><c>tosscan scan &lt;providers.csv&gt;</c>: the whole pipeline for every provider in a list.</summary>
internal sealed class ScanCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var providers = new Argument<string>("providers") { Description = "CSV with header name,url,terms_url,privacy_url." };
        var command = new Command("scan", "Find, fetch and analyze the terms and privacy policy of every provider in a CSV list.")
        {
            providers,
            CommonOptions.Out(),
            CommonOptions.Db(),
        };
        command.SetAction((parse, ct) => Task.FromResult(ExitCodes.Success));
        return command;
    }
}
