using TosScan.Tests.Storage;

namespace TosScan.Tests.Cli.Commands;

/// <summary>
/// Crawled text is hostile: a policy can carry ESC/BEL sequences that retitle, clear or rewrite the
/// reader's terminal. Text output must show them, inert, never pass them through.
/// </summary>
public sealed class TerminalEscapeTests : IDisposable
{
    // OSC 0 (set window title) ended by BEL, then CSI 2J (clear screen), and an 8-bit CSI (U+009B).
    private const string Hostile = "\u001b]0;pwned\u0007\u001b[2J\u009b31m";

    // Ordinary words around the escapes, so the file still reads as text and not as binary.
    private const string Filler = "We collect the information you give us when you create an account, and we use it to run, improve and protect the service for everyone who uses it. ";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Analyze_shows_escape_sequences_inert()
    {
        var file = Write("terms.md", $"# Terms {Hostile}\n\nWe may sell your personal data to advertisers {Hostile} without notice.\n");

        var run = await CliHarness.RunAsync(_folder.Path, "analyze", file);

        Assert.Equal(0, run.ExitCode);
        AssertInert(run.Out);
    }

    [Fact]
    public async Task Readability_shows_escape_sequences_inert()
    {
        var file = Write("privacy.txt", $"We collect the information you give us {Hostile} and the information your devices send automatically whenever you use any of our services, products or websites. We use it to run the service. You can delete it at any time.\n");

        var run = await CliHarness.RunAsync(_folder.Path, "readability", "--mode", "textstat", file);

        Assert.Equal(0, run.ExitCode);
        AssertInert(run.Out);
    }

    [Fact]
    public async Task Diff_shows_escape_sequences_inert()
    {
        var old = Write("old.md", "# Terms\n\nWe may change these terms.\n\nYou own your content.\n");
        var changed = Write("new.md", $"# Terms\n\nWe may change these terms {Hostile} at any time without notice.\n\nYou own your content.\n\nWe sell your data {Hostile} to advertisers.\n");

        var run = await CliHarness.RunAsync(_folder.Path, "diff", old, changed);

        Assert.Equal(0, run.ExitCode);
        AssertInert(run.Out);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text + "\n" + string.Concat(Enumerable.Repeat(Filler, 8)) + "\n");
        return path;
    }

    private static void AssertInert(string output)
    {
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u009b', output);
        // Shown, not dropped: the reader sees that the text carried control characters.
        Assert.Contains("\u241b]0;pwned\u2407\u241b", output, StringComparison.Ordinal);
    }
}
