using System.CommandLine;

namespace TosScan.Cli.Infrastructure;

/// <summary>
/// One <c>tosscan</c> sub-command. Each lives in its own file under Commands/ and builds its
/// System.CommandLine <see cref="Command"/>; the action returns an exit code from
/// <see cref="ExitCodes"/> and throws <see cref="UsageException"/> for bad input.
/// </summary>
internal interface ICliCommand
{
    Command Build(CliEnvironment environment);
}
