namespace TosScan.Cli.Infrastructure;

/// <summary>
/// What a command may touch of the outside world. Tests pass their own writers, reader, clock and
/// working directory, so commands run in-process exactly as from a shell.
/// </summary>
/// <param name="Out">Results (standard output).</param>
/// <param name="Error">Progress and messages (standard error).</param>
/// <param name="In">Standard input, for <c>-</c> arguments.</param>
/// <param name="Time">The clock.</param>
/// <param name="WorkingDirectory">Relative paths are resolved against this.</param>
/// <param name="IsTerminal">True when standard error is a terminal: draw a progress bar, not log lines.</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    TimeProvider Time,
    string WorkingDirectory,
    bool IsTerminal)
{
    /// <summary>Standard input as bytes, for documents piped in (a PDF is not text).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        Console.In,
        TimeProvider.System,
        Directory.GetCurrentDirectory(),
        !Console.IsErrorRedirected);

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
