using System.Text;
using System.Text.Json;
using TosScan.Tests.Cli;

namespace TosScan.Tests.Classification;

public sealed class ClassifyCommandTests
{
    private static readonly string Models = ClassifierFixture.ModelsDirectory;

    [Fact]
    public async Task A_malformed_line_is_reported_by_number_and_the_other_lines_are_classified_in_order()
    {
        var input = string.Join("\n",
            """{"id": "a", "text": "We never sell your data to advertisers."}""",
            """{"id": "b", "text": "broken""",
            """{"id": 3, "text": "We keep your messages indefinitely."}""",
            """{"id": "d"}""",
            """{"id": "e", "text": "These terms are governed by the laws of Ireland."}""");

        var run = await CliHarness.RunAsync(Path.GetTempPath(), Encoding.UTF8.GetBytes(input), "classify", "--models", Models);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 4", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"text\"", run.Error, StringComparison.Ordinal);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["\"a\"", "3", "\"e\""], lines.Select(l => l.GetProperty("id").GetRawText()));
        Assert.Equal("no_marketing_sharing", lines[0].GetProperty("protective")[0].GetString());
        Assert.Equal("indefinite_retention", lines[1].GetProperty("labels")[0].GetString());
        Assert.Equal(0, lines[2].GetProperty("labels").GetArrayLength());
    }

    [Fact]
    public async Task A_line_too_long_to_be_a_clause_is_skipped_by_number_without_reading_it_whole()
    {
        var huge = new string('a', 1_200_000);
        var input = string.Join("\n",
            """{"id": "a", "text": "We never sell your data to advertisers."}""",
            $$"""{"id": "b", "text": "{{huge}}"}""",
            """{"id": "c", "text": "We keep your messages indefinitely."}""");

        var run = await CliHarness.RunAsync(Path.GetTempPath(), Encoding.UTF8.GetBytes(input), "classify", "--models", Models);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input line 2: 1,200,023 characters, over the limit of 1,000,000", run.Error, StringComparison.Ordinal);
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a", "c"], ids);
    }

    [Fact]
    public async Task Every_output_line_has_the_fields_and_evidence_offsets_into_its_own_text()
    {
        const string text = "By posting content, you grant us a perpetual, irrevocable, sublicensable licence to use it.";
        var dir = Directory.CreateTempSubdirectory("tosscan-classify-");
        try
        {
            var inputPath = Path.Combine(dir.FullName, "in.jsonl");
            await File.WriteAllTextAsync(inputPath, JsonSerializer.Serialize(new { id = "x", text }) + "\n");

            var run = await CliHarness.RunAsync(dir.FullName, "classify", "--input", "in.jsonl", "--output", "out.jsonl", "--models", Models);

            Assert.Equal(0, run.ExitCode);
            var line = JsonDocument.Parse(File.ReadAllLines(Path.Combine(dir.FullName, "out.jsonl")).Single()).RootElement;
            foreach (var field in new[] { "id", "labels", "protective", "consent", "scores", "evidence" })
            {
                Assert.True(line.TryGetProperty(field, out _), $"missing {field}");
            }

            Assert.Equal("content_ownership", line.GetProperty("labels")[0].GetString());
            var evidence = line.GetProperty("evidence").EnumerateArray().ToArray();
            Assert.NotEmpty(evidence);
            foreach (var e in evidence)
            {
                var start = e.GetProperty("start").GetInt32();
                var end = e.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], e.GetProperty("text").GetString());
            }

            Assert.Contains(evidence, e => e.GetProperty("text").GetString()!.Contains("perpetual", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_models_folder_is_bad_input_with_a_clear_message()
    {
        var run = await CliHarness.RunAsync(Path.GetTempPath(), Encoding.UTF8.GetBytes("{}"), "classify", "--models", "/nonexistent/models");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("models", run.Error, StringComparison.Ordinal);
    }
}
