using Microsoft.Extensions.Time.Testing;
using TosScan.Cli.Infrastructure;

namespace TosScan.Tests.Cli;

/// <summary>Runs <c>tosscan</c> in-process with captured output, as a shell would.</summary>
internal static class CliHarness
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static async Task<Run> RunAsync(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var environment = new CliEnvironment(output, error, new StringReader(string.Empty), time, workingDirectory, IsTerminal: false)
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
        };
        var code = await CliApp.RunAsync(args, environment);
        return new Run(code, output.ToString(), error.ToString());
    }

    public static Task<Run> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}
