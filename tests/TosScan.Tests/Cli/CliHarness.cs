using Microsoft.Extensions.Time.Testing;
using TosScan.Cli.Infrastructure;

namespace TosScan.Tests.Cli;

/// <summary>Runs <c>tosscan</c> in-process with captured output, as a shell would.</summary>
internal static class CliHarness
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Task<Run> RunAsync(string workingDirectory, byte[]? stdin, params string[] args) =>
        RunAsync(workingDirectory, stdin, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)), args);

    /// <summary>
    /// With a given clock. Commands that crawl over HTTP need a real one: the crawler waits on it
    /// between requests to a host, and a fake clock nobody advances never lets it go on.
    /// </summary>
    public static Task<Run> RunAsync(string workingDirectory, byte[]? stdin, TimeProvider time, params string[] args) =>
        RunAsync(workingDirectory, stdin, time, CancellationToken.None, args);

    /// <summary>With a clock and a token that stands for Ctrl+C.</summary>
    public static async Task<Run> RunAsync(string workingDirectory, byte[]? stdin, TimeProvider time, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, new StringReader(string.Empty), time, workingDirectory, IsTerminal: false)
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
        };
        var code = await CliApp.RunAsync(args, environment, cancellationToken);
        return new Run(code, output.ToString(), error.ToString());
    }

    public static Task<Run> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}
