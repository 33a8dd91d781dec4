using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TosScan.Classification;
using TosScan.Cli.Infrastructure;
using TosScan.Text;

namespace TosScan.Cli.Commands;

/// <summary>
/// <c>tosscan classify [--input FILE|-] [--output FILE|-]</c>: JSONL <c>{"id","text"}</c> in, one
/// result line per input line out, in order. A malformed line is reported on standard error with its
/// line number and skipped; the others are still classified, and the exit code is then 1.
/// Clauses are read as English; <c>--language</c> naming a language the models do not read is bad usage.
/// </summary>
internal sealed class ClassifyCommand : ICliCommand
{
    public Command Build(CliEnvironment environment)
    {
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\", \"text\"} lines, or - for standard input (default).", DefaultValueFactory = _ => "-" };
        var output = new Option<string>("--output") { Description = "Where to write the result lines, or - for standard output (default).", DefaultValueFactory = _ => "-" };
        var models = ModelOptions.Models();
        var language = new Option<string?>("--language")
        {
            // Single clauses are too short for detection to be trusted, so classify never detects.
            Description = "ISO 639-1 code of the clauses' language (default: en). The models read English only; any other language is refused rather than reported as clean.",
        };
        var stats = new Option<bool>("--stats")
        {
            Description = "At the end, print on standard error how many clauses repeated an earlier one and how many text units the cascade sent to the sentence encoder.",
        };
        var command = new Command("classify", "Flag risky and protective clauses in JSONL lines of {\"id\", \"text\"}.")
        {
            input,
            output,
            models,
            language,
            stats,
        };
        command.SetAction(async (parse, ct) =>
        {
            CheckLanguage(parse.GetValue(language));
            var classifier = ModelOptions.Load(environment, parse.GetValue(models));
            var inputPath = parse.GetValue(input)!;
            var outputPath = parse.GetValue(output)!;
            if (inputPath != "-" && Directory.Exists(environment.ResolvePath(inputPath)))
            {
                throw new UsageException($"--input '{inputPath}' is a folder; pass one JSONL file or - for standard input.");
            }

            if (inputPath != "-" && !File.Exists(environment.ResolvePath(inputPath)))
            {
                throw new UsageException($"input file '{inputPath}' does not exist; pass a JSONL file or - for standard input.");
            }

            if (outputPath != "-")
            {
                // Checked before the input is read, so no line is classified for nothing.
                OutputFolders.EnsureFileCanBeCreated(environment.ResolvePath(outputPath), outputPath, "--output");
            }

            var reader = inputPath == "-"
                ? new StreamReader(environment.OpenStandardInput(), Encoding.UTF8)
                : new StreamReader(environment.ResolvePath(inputPath), Encoding.UTF8);
            TextWriter writer;
            try
            {
                writer = outputPath == "-" ? environment.Out : new StreamWriter(environment.ResolvePath(outputPath), false, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reader.Dispose();
                throw new UsageException($"--output '{outputPath}' cannot be written ({ex.Message}); give a path you can write to", ex);
            }

            try
            {
                var repeated = new RepeatedClauses(classifier);
                var failed = await ClassifyLinesAsync(repeated, reader, writer, environment.Error, ct).ConfigureAwait(false);
                if (parse.GetValue(stats))
                {
                    // How much work the repeats and the cascade saved: the figures behind the speed.
                    await environment.Error.WriteLineAsync(FormattableString.Invariant(
                        $"{repeated.Repeats:N0} clause(s) repeated an earlier one and were not classified again")).ConfigureAwait(false);
                    if (classifier is ClauseClassifier { CascadeCounts: { Units: > 0 } counts })
                    {
                        await environment.Error.WriteLineAsync(FormattableString.Invariant(
                            $"sentence vectors computed for {counts.Encoded:N0} of {counts.Units:N0} text units ({100.0 * counts.Encoded / counts.Units:0.0}%)")).ConfigureAwait(false);
                    }
                }

                return failed == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
            }
            finally
            {
                await writer.FlushAsync(ct).ConfigureAwait(false);
                reader.Dispose();

                if (!ReferenceEquals(writer, environment.Out))
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    private const int BatchSize = 256;

    /// <summary>
    /// Lines are taken as English unless <c>--language</c> names another language; classifying
    /// those would print empty labels that read as "nothing risky", so they are refused up front.
    /// </summary>
    private static void CheckLanguage(string? given)
    {
        var code = CommonOptions.ReadLanguage(given).GivenLanguage;
        if (!ClassificationCoverage.Covers(code))
        {
            throw new UsageException(
                $"--language {code}: the models read {ClassificationCoverage.ModelLanguage} only, so these clauses would be {ClassificationCoverage.NotChecked(code)}; nothing was classified");
        }
    }

    /// <summary>Classifies every line, each distinct text once; returns how many lines failed.</summary>
    internal static async Task<int> ClassifyLinesAsync(
        RepeatedClauses repeated, TextReader reader, TextWriter writer, TextWriter error, CancellationToken cancellationToken, int maxLineChars = BoundedLines.DefaultMaxChars)
    {
        var failed = 0;
        // Lines are classified a batch at a time, so the sentence encoder works on full batches; the
        // output keeps the input order, and a batch is written before the next is read.
        var batch = new List<(JsonElement Id, string Text)>(BatchSize);
        async Task FlushAsync()
        {
            var results = repeated.ClassifyAll([.. batch.Select(b => b.Text)]);
            for (var i = 0; i < batch.Count; i++)
            {
                await writer.WriteLineAsync(Format(batch[i].Id, batch[i].Text, results[i])).ConfigureAwait(false);
            }

            batch.Clear();
        }

        await foreach (var line in BoundedLines.ReadAsync(reader, maxLineChars, cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                failed++;
                await error.WriteLineAsync(FormattableString.Invariant(
                    $"error: input line {line.Number}: {line.Length:N0} characters, over the limit of {maxLineChars:N0}; split it into clauses or paragraphs; line skipped")).ConfigureAwait(false);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            if (!TryParse(line.Text, out var id, out var text, out var problem))
            {
                failed++;
                await error.WriteLineAsync($"error: input line {line.Number}: {problem}; line skipped").ConfigureAwait(false);
                continue;
            }

            batch.Add((id, text));
            if (batch.Count == BatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        return failed;
    }

    private static bool TryParse(string line, out JsonElement id, out string text, out string problem)
    {
        id = default;
        text = string.Empty;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "expected a JSON object {\"id\": ..., \"text\": \"...\"}";
                return false;
            }

            if (!json.RootElement.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                problem = "missing string field \"text\"";
                return false;
            }

            // A "\ud800" escape parses but cannot be read as a string; without this check it ended the whole run.
            if (!JsonLinesCheck.IsReadable(json.RootElement))
            {
                problem = JsonLinesCheck.LoneSurrogate;
                return false;
            }

            id = json.RootElement.TryGetProperty("id", out var i) ? i.Clone() : default;
            text = t.GetString()!;
            problem = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"not valid JSON ({ex.Message})";
            return false;
        }
    }

    internal static string Format(JsonElement id, string text, ClauseClassification result)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps apostrophes and non-ASCII letters readable; the output is JSONL, never HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            if (id.ValueKind == JsonValueKind.Undefined)
            {
                json.WriteNullValue();
            }
            else
            {
                id.WriteTo(json);
            }

            WriteStrings(json, "labels", result.Labels);
            WriteStrings(json, "protective", result.Protective);
            json.WriteString("consent", result.Consent);
            json.WriteStartObject("scores");
            foreach (var (label, score) in result.Scores)
            {
                json.WriteNumber(label, score);
            }

            json.WriteEndObject();
            json.WriteStartArray("evidence");
            foreach (var evidence in result.Evidence)
            {
                json.WriteStartObject();
                json.WriteNumber("start", evidence.Span.Start);
                json.WriteNumber("end", evidence.Span.End);
                json.WriteString("text", evidence.Span.Slice(text));
                json.WriteString("label", evidence.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("reasons");
            foreach (var finding in result.Findings)
            {
                json.WriteString(finding.Label, finding.Reason);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
