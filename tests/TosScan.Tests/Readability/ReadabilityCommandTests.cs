using System.Diagnostics;
using System.Text.Json;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Readability;

/// <summary>Runs the built <c>tosscan</c> CLI as a process, as a user would.</summary>
public sealed class ReadabilityCommandTests
{
    private static string Doc(string name) => Path.Combine(ReadabilityTestData.RealDocsCurrent, name + ".md");

    [SharedDataFact]
    public async Task Json_prints_one_object_per_file_with_textstat_names()
    {
        var (code, stdout, _) = await RunAsync(null, "readability", "--format", "json", Doc("TikTok - Terms of Service"), Doc("Threads - Privacy Policy"));

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.EndsWith("TikTok - Terms of Service.md", root.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("structured", root.GetProperty("mode").GetString());
        Assert.InRange(root.GetProperty("metrics").GetProperty("flesch_kincaid_grade").GetDouble(), 8, 22);
        Assert.EndsWith(" grade", root.GetProperty("metrics").GetProperty("text_standard_label").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("counts").GetProperty("words").GetInt32() > 1000);
        Assert.Equal(238, root.GetProperty("words_per_minute").GetDouble());
        Assert.Equal(3, root.GetProperty("suitability").GetArrayLength());
    }

    [Fact]
    public async Task Standard_input_in_textstat_mode()
    {
        var (code, stdout, _) = await RunAsync(
            "We collect the information you give us. We use it to run the service. You can delete it at any time.",
            "readability", "--format", "json", "--mode", "textstat", "-");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.Trim());
        Assert.Equal("-", json.RootElement.GetProperty("file").GetString());
        Assert.Equal("textstat", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("counts").GetProperty("sentences").GetInt32());
    }

    [SharedDataFact]
    public async Task A_missing_file_fails_alone_and_the_others_are_still_printed()
    {
        var (code, stdout, stderr) = await RunAsync(null, "readability", Doc("Threads - Terms of Service"), "no-such-file.md");

        Assert.Equal(1, code);
        Assert.Contains("Threads - Terms of Service.md ==", stdout, StringComparison.Ordinal);
        Assert.Contains("Flesch-Kincaid grade", stdout, StringComparison.Ordinal);
        Assert.Contains("no-such-file.md: no such file", stderr, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Bad_usage_exits_with_2()
    {
        var (badMode, _, modeError) = await RunAsync(null, "readability", "--mode", "fancy", Doc("Threads - Terms of Service"));
        var (nothingDone, _, _) = await RunAsync(null, "readability", "no-such-file.md");

        Assert.Equal(2, badMode);
        Assert.Contains("fancy", modeError, StringComparison.Ordinal);
        Assert.Equal(2, nothingDone);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TosScan.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin ?? string.Empty);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
