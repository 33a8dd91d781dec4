using System.Diagnostics;
using System.Reflection;
using TosScan.Cli.Infrastructure;
using TosScan.Tests.Storage;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli;

/// <summary>
/// The command installs the way .NET users expect: <c>dotnet pack</c>, then
/// <c>dotnet tool install --add-source</c>, then <c>tosscan</c>. Packs the build the tests run
/// against (no rebuild), so it checks what ships.
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task The_cli_packs_and_installs_as_a_dotnet_tool_named_tosscan()
    {
        using var temp = new TempFolder();
        var configuration = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepoPaths.Root, "src", "TosScan.Cli", "TosScan.Cli.csproj");
        var packages = temp.File("packages");
        var tools = temp.File("tools");

        var pack = await RunAsync("dotnet", ["pack", project, "-c", configuration, "--no-build", "-o", packages]);
        Assert.True(pack.Code == 0, pack.Output);
        Assert.Single(Directory.GetFiles(packages, "TosScan.Cli.*.nupkg"));

        var install = await RunAsync("dotnet", ["tool", "install", "TosScan.Cli", "--tool-path", tools, "--add-source", packages]);
        Assert.True(install.Code == 0, install.Output);

        var help = await RunAsync(Path.Combine(tools, "tosscan"), ["--help"]);
        Assert.Equal(0, help.Code);
        Assert.Contains("scan", help.Output, StringComparison.Ordinal);
        Assert.Contains("analyze", help.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
