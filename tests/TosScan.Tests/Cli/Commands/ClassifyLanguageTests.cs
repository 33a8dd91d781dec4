using System.Text;
using System.Text.Json;
using TosScan.Tests.Classification;

namespace TosScan.Tests.Cli.Commands;

/// <summary>
/// <c>classify</c> reads clauses, too short to detect a language reliably: it takes them as
/// English unless <c>--language</c> says otherwise, and refuses a language the models do not read
/// rather than print empty labels that would read as "nothing risky".
/// </summary>
public sealed class ClassifyLanguageTests
{
    private static readonly byte[] Input = Encoding.UTF8.GetBytes("""{"id": "a", "text": "We sell your personal data to advertisers."}""" + "\n");

    [Theory]
    [InlineData]
    [InlineData("--language", "en")]
    [InlineData("--language", "EN")]
    public async Task English_clauses_are_classified(params string[] language)
    {
        var run = await CliHarness.RunAsync(Path.GetTempPath(), Input, ["classify", "--models", ClassifierFixture.ModelsDirectory, .. language]);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(run.Out.Trim()).RootElement;
        Assert.Equal("third_party_marketing", line.GetProperty("labels")[0].GetString());
    }

    [Fact]
    public async Task A_language_the_models_do_not_read_is_refused_in_one_line_before_any_output()
    {
        var run = await CliHarness.RunAsync(Path.GetTempPath(), Input, "classify", "--models", ClassifierFixture.ModelsDirectory, "--language", "fr");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        var error = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("--language fr", error, StringComparison.Ordinal);
        Assert.Contains("not checked (language fr)", error, StringComparison.Ordinal);
    }
}
