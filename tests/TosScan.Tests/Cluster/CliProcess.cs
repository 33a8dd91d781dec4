using System.Collections.Concurrent;
using System.Diagnostics;

namespace TosScan.Tests.Cluster;

/// <summary>
/// The built <c>tosscan</c> (TosScan.Cli.dll beside the tests, with its models) run as a separate
/// process, as an operator runs it; standard error is kept line by line for the test to watch.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CliProcess(Process process) => _process = process;

    /// <summary>Called with every line of standard error as it comes.</summary>
    public event Action<string>? ErrorLine;

    public int Id => _process.Id;

    public IReadOnlyCollection<string> ErrorLines => _errors;

    public Task<int> Exited => _exit.Task;

    /// <summary>What the process said, both streams' last lines, for a failing assertion to show.</summary>
    public string Said(int lines = 15) =>
        $"stderr: {string.Join(" | ", _errors.TakeLast(lines))}; stdout: {string.Join(" | ", _output.TakeLast(lines))}";

    public static CliProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TosScan.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var cli = new CliProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                cli._errors.Enqueue(line);
                cli.ErrorLine?.Invoke(line);
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                cli._output.Enqueue(line);
            }
        };
        process.Exited += (_, _) => cli._exit.TrySetResult(process.ExitCode);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return cli;
    }

    /// <summary>Waits for a line of standard error containing <paramref name="text"/>.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan limit)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ErrorLine += line =>
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }
        };
        if (_errors.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            return;
        }

        var done = await Task.WhenAny(seen.Task, _exit.Task, Task.Delay(limit));
        if (done != seen.Task)
        {
            throw new TimeoutException($"no '{text}' from tosscan; it said: {string.Join(" | ", _errors.TakeLast(10))}");
        }
    }

    /// <summary>kill -9: no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
