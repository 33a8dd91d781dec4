using System.Text;
using System.Text.Json;
using TosScan.Tests.Language;
using TosScan.Tests.TestSupport;

namespace TosScan.Tests.Cli.Commands;

/// <summary>Issue 12, item 5: short English is no longer taken for French and silently left unchecked.</summary>
public sealed class AnalyzeLanguageTests
{
    private static byte[] Stdin(string text) => Encoding.UTF8.GetBytes(text + "\n");

    [Fact]
    public async Task The_short_English_example_falls_back_to_English_and_is_flagged_as_marketing()
    {
        var run = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.ShortEnglish), "analyze", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("language:  en (fallback", run.Out, StringComparison.Ordinal);
        Assert.Contains("detected fr", run.Out, StringComparison.Ordinal);
        Assert.Contains("third_party_marketing", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0 risky", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_records_the_detected_language_its_confidence_and_why_another_was_used()
    {
        var run = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.ShortEnglish), "analyze", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("en", document.GetProperty("language").GetString());
        var detection = document.GetProperty("language_detection");
        Assert.Equal("fr", detection.GetProperty("detected").GetString());
        Assert.Equal("fallback", detection.GetProperty("source").GetString());
        Assert.InRange(detection.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(detection.GetProperty("reason").GetString()));
        var labels = json.RootElement.GetProperty("clauses").EnumerateArray()
            .SelectMany(c => c.GetProperty("flags").EnumerateArray()).Select(f => f.GetProperty("label").GetString());
        Assert.Contains("third_party_marketing", labels);
    }

    [Fact]
    public async Task Long_French_is_detected_and_reported_not_checked_never_as_zero_flags()
    {
        var run = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.LongFrench), "analyze", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("language:  fr (detected", run.Out, StringComparison.Ordinal);
        Assert.Contains("flags:     not checked (language fr)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("risky", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("protective", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_language_is_honoured_on_short_text_and_recorded()
    {
        var json = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.ShortEnglish), "analyze", "-", "--language", "de", "--format", "json");
        var text = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.ShortEnglish), "analyze", "-", "--language", "de");

        Assert.Equal(0, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.Out);
        var document = parsed.RootElement.GetProperty("document");
        Assert.Equal("de", document.GetProperty("language").GetString());
        Assert.Equal("given", document.GetProperty("language_detection").GetProperty("source").GetString());
        Assert.Contains("language:  de (given", text.Out, StringComparison.Ordinal);
        Assert.Contains("not checked (language de)", text.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "-", "--language", "english")]
    [InlineData("analyze", "-", "--language", "1")]
    public async Task A_malformed_language_is_bad_usage(params string[] args)
    {
        var run = await CliHarness.RunAsync(RepoPaths.Root, Stdin(LanguageStageTests.ShortEnglish), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--language", run.Error, StringComparison.Ordinal);
    }
}
